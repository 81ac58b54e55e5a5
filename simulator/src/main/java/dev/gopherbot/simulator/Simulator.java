package dev.gopherbot.simulator;

import dev.gopherbot.simulator.apps.AppLinks;
import dev.gopherbot.simulator.chat.ChatApi;
import dev.gopherbot.simulator.chat.InteractiveApi;
import dev.gopherbot.simulator.chat.Page;
import dev.gopherbot.simulator.events.Deliveries;
import dev.gopherbot.simulator.events.EventDelivery;
import dev.gopherbot.simulator.events.EventSource;
import dev.gopherbot.simulator.interactive.Interactions;
import dev.gopherbot.simulator.interactive.SignedForms;
import dev.gopherbot.simulator.interactive.SlashCommands;
import dev.gopherbot.testkit.slack.SlackWebApi;
import dev.gopherbot.testkit.slack.Workspace;
import io.javalin.Javalin;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A local Slack workspace on one port, with one or more apps installed: the Web API the apps call at
 * {@code /api/{method}} (testkit's {@link SlackWebApi}, the same fake the test suites use, answering each app's token
 * as its own bot), the {@code response_url}s and file uploads around it, the chat page at {@code /}, and what people
 * do on the page delivered to each app's gateway URLs as Slack would: signed events, slash commands and
 * interactions.
 */
public final class Simulator implements AutoCloseable {
    private final Javalin server;
    private final SlackWebApi api;
    private final AppLinks apps;
    private final EventDelivery delivery;
    private final SignedForms forms;
    private final Deliveries deliveries;

    private Simulator(Javalin server, SlackWebApi api, AppLinks apps, EventDelivery delivery, SignedForms forms,
                      Deliveries deliveries) {
        this.server = server;
        this.api = api;
        this.apps = apps;
        this.delivery = delivery;
        this.forms = forms;
        this.deliveries = deliveries;
    }

    public static Simulator start(SimulatorSettings settings) {
        AppLinks apps = new AppLinks(settings.apps(), settings.gateway(), settings.commands());
        return start(settings, apps, Workspace.seeded(apps.bots()));
    }

    /** With a workspace of the caller's (its bots must be those of {@code settings.apps()}). */
    public static Simulator start(SimulatorSettings settings, Workspace workspace) {
        return start(settings, new AppLinks(settings.apps(), settings.gateway(), settings.commands()), workspace);
    }

    private static Simulator start(SimulatorSettings settings, AppLinks apps, Workspace workspace) {
        SlackWebApi api = new SlackWebApi(workspace, apps.bots());
        // an app's processes call auth.test when they start: from then on the page shows it online
        api.onCall(apps::observe);
        Deliveries deliveries = new Deliveries();
        EventDelivery delivery = new EventDelivery(settings.delivery(), deliveries);
        SignedForms forms = new SignedForms(settings.delivery().timeout());
        AtomicReference<String> self = new AtomicReference<>();
        Supplier<String> base = self::get;
        Interactions interactions = new Interactions(api, apps, forms, base);
        ChatApi chat = new ChatApi(api, apps, new EventSource(workspace, apps, delivery), deliveries,
                interactions.errors());
        InteractiveApi interactive = new InteractiveApi(workspace, new SlashCommands(api, apps, forms, base),
                interactions);
        Page page = new Page();
        Javalin server;
        try {
            server = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.concurrency.useVirtualThreads = true;
                api.routes(cfg.routes);
                cfg.routes.get("/healthz", ctx -> ctx.result("ok"));
                // readiness for ./gopherbot dev: each app's consumer calls auth.test when it starts
                cfg.routes.get("/sim/bot-online", ctx -> ctx.status(apps.allOnline() ? 200 : 503)
                        .result(apps.allOnline() ? "online" : "waiting for every app to call auth.test"));
                chat.routes(cfg.routes);
                interactive.routes(cfg.routes);
                page.routes(cfg.routes);
            }).start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            delivery.close();
            forms.close();
            throw e;
        }
        // the response URLs handed to the apps point here; the apps run on this machine
        self.set("http://127.0.0.1:" + server.port());
        return new Simulator(server, api, apps, delivery, forms, deliveries);
    }

    public int port() {
        return server.port();
    }

    /** The page's address. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** The Web API base for the apps' {@code SLACK_API_URL}. */
    public String apiUrl() {
        return url() + "api/";
    }

    public Workspace workspace() {
        return api.workspace();
    }

    public SlackWebApi api() {
        return api;
    }

    public AppLinks apps() {
        return apps;
    }

    public Deliveries deliveries() {
        return deliveries;
    }

    @Override
    public void close() {
        server.stop();
        delivery.close();
        forms.close();
    }
}
