package dev.gopherbot.bgtasks;

import dev.gopherbot.app.host.AppCatalog;
import dev.gopherbot.common.process.ProcessRunner;

/** {@code java -jar bgtasks.jar}: the apps' background jobs; run as many as you like, exactly one is active. */
public final class BgTasksMain {
    private BgTasksMain() {
    }

    public static void main(String[] args) {
        ProcessRunner.run("bgtasks", env -> BgTasksApp.start(env, AppCatalog.enabled(env)));
    }
}
