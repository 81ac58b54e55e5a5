package dev.gopherbot.common.config;

import java.net.InetAddress;

/**
 * Who this process is: the app (consumer group name, heartbeat keys) and the dyno (consumer name). Heroku sets
 * {@code HEROKU_APP_NAME} and {@code HEROKU_DYNO_ID}; elsewhere a fixed app name and hostname + pid are used.
 */
public record Identity(String appName, String instance) {
    public static final String DEFAULT_APP_NAME = "gopherbot";

    public static Identity from(Env env) {
        return new Identity(env.string("HEROKU_APP_NAME", DEFAULT_APP_NAME),
                env.string("HEROKU_DYNO_ID", hostname() + "-" + ProcessHandle.current().pid()));
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "localhost";
        }
    }
}
