package dev.gopherbot.testkit.slack;

import io.javalin.Javalin;
import java.util.List;

/**
 * A fake Slack Web API over real HTTP on a free local port. Point the bot at {@link #apiUrl()} with
 * {@code SLACK_API_URL} and {@link #BOT_TOKEN} as {@code SLACK_BOT_TOKEN}; read what it received with
 * {@link #calls(String)}; script failures with {@link #failNext(String, Failure)}.
 */
public final class FakeSlack implements AutoCloseable {
    public static final String BOT_TOKEN = "xoxb-fake-bot-token";
    public static final String BOT_USER_ID = "U0GOPHERBOT";

    private final Javalin server;
    private final SlackWebApi api;

    private FakeSlack(Javalin server, SlackWebApi api) {
        this.server = server;
        this.api = api;
    }

    public static FakeSlack start() {
        return start(Workspace.seeded(), BOT_TOKEN, 0);
    }

    public static FakeSlack start(Workspace workspace, String botToken, int port) {
        SlackWebApi api = new SlackWebApi(workspace, botToken);
        Javalin server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.concurrency.useVirtualThreads = true;
            cfg.routes.post("/api/{method}", api::handle);
        }).start("127.0.0.1", port);
        return new FakeSlack(server, api);
    }

    /** The Web API base URL, ending in {@code /}, as {@code SLACK_API_URL} expects. */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.port() + "/api/";
    }

    public Workspace workspace() {
        return api.workspace();
    }

    public SlackWebApi api() {
        return api;
    }

    public List<Call> calls() {
        return api.calls();
    }

    /** Calls of one method that Slack answered with {@code ok:true}. */
    public List<Call> calls(String method) {
        return api.calls().stream().filter(c -> c.method().equals(method) && c.succeeded()).toList();
    }

    public void failNext(String method, Failure failure) {
        api.failNext(method, failure);
    }

    @Override
    public void close() {
        server.stop();
    }
}
