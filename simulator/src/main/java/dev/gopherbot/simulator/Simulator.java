package dev.gopherbot.simulator;

import dev.gopherbot.simulator.chat.ChatApi;
import dev.gopherbot.simulator.chat.Page;
import dev.gopherbot.simulator.events.Deliveries;
import dev.gopherbot.simulator.events.EventDelivery;
import dev.gopherbot.simulator.events.EventSource;
import dev.gopherbot.testkit.slack.SlackWebApi;
import dev.gopherbot.testkit.slack.Workspace;
import io.javalin.Javalin;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A local Slack workspace on one port: the Web API the bot calls at {@code /api/{method}} (testkit's
 * {@link SlackWebApi}, the same fake the test suites use), the chat page at {@code /}, and an event source that
 * delivers what people do on the page to the gateway as signed Events API requests.
 */
public final class Simulator implements AutoCloseable {
    private final Javalin server;
    private final SlackWebApi api;
    private final EventDelivery delivery;
    private final Deliveries deliveries;

    private Simulator(Javalin server, SlackWebApi api, EventDelivery delivery, Deliveries deliveries) {
        this.server = server;
        this.api = api;
        this.delivery = delivery;
        this.deliveries = deliveries;
    }

    public static Simulator start(SimulatorSettings settings) {
        return start(settings, Workspace.seeded());
    }

    public static Simulator start(SimulatorSettings settings, Workspace workspace) {
        SlackWebApi api = new SlackWebApi(workspace, settings.botToken().reveal());
        AtomicBoolean botOnline = new AtomicBoolean();
        api.onCall(call -> {
            // the bot's processes call auth.test when they start: from then on the page shows the bot online
            if (call.method().equals("auth.test") && call.succeeded()) {
                botOnline.set(true);
            }
        });
        Deliveries deliveries = new Deliveries();
        EventDelivery delivery = new EventDelivery(settings.gateway(), settings.signingSecret(), settings.delivery(),
                deliveries);
        ChatApi chat = new ChatApi(workspace, new EventSource(workspace, delivery), deliveries, botOnline);
        Page page = new Page();
        Javalin server;
        try {
            server = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.concurrency.useVirtualThreads = true;
                cfg.routes.post("/api/{method}", api::handle);
                cfg.routes.get("/api/{method}", api::handle);
                // where files.getUploadURLExternal tells the bot to send a file's bytes
                cfg.routes.post("/upload/{id}", api.uploads()::handle);
                cfg.routes.get("/healthz", ctx -> ctx.result("ok"));
                // readiness of the bot for ./gopherbot dev: its consumer calls auth.test when it starts
                cfg.routes.get("/sim/bot-online", ctx -> ctx.status(botOnline.get() ? 200 : 503)
                        .result(botOnline.get() ? "online" : "waiting for the bot to call auth.test"));
                chat.routes(cfg.routes);
                page.routes(cfg.routes);
            }).start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            delivery.close();
            throw e;
        }
        return new Simulator(server, api, delivery, deliveries);
    }

    public int port() {
        return server.port();
    }

    /** The page's address. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** The Web API base for the bot's {@code SLACK_API_URL}. */
    public String apiUrl() {
        return url() + "api/";
    }

    public Workspace workspace() {
        return api.workspace();
    }

    public SlackWebApi api() {
        return api;
    }

    public Deliveries deliveries() {
        return deliveries;
    }

    @Override
    public void close() {
        server.stop();
        delivery.close();
    }
}
