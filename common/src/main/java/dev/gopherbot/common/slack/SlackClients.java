package dev.gopherbot.common.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;

/**
 * Builds the Slack SDK's client. Calls go through {@link SlackCalls}, which checks {@code ok} (the client does not
 * throw on {@code ok:false}) and reads {@code Retry-After} from the {@code SlackApiException} a 429 surfaces as.
 */
public final class SlackClients {
    private SlackClients() {
    }

    public static Slack slack(SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl().toString());
        // the SDK's metrics collector runs background threads and extra auth.test calls we have no use for
        config.setStatsEnabled(false);
        config.setPrettyResponseLoggingEnabled(false);
        config.setHttpClientCallTimeoutMillis(10_000);
        return Slack.getInstance(config);
    }

    public static MethodsClient methods(SlackSettings settings) {
        return slack(settings).methods(settings.botToken().reveal());
    }
}
