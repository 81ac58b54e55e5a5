package dev.gopherbot.gateway;

import dev.gopherbot.app.AppDefinition.WebhookReg;
import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.host.SlackApp;
import dev.gopherbot.gateway.commands.CommandsEndpoint;
import dev.gopherbot.gateway.events.EventsEndpoint;
import dev.gopherbot.gateway.ingress.Audience;
import dev.gopherbot.gateway.ingress.BodyLimit;
import dev.gopherbot.gateway.ingress.ContentTypes;
import dev.gopherbot.gateway.ingress.MethodNotAllowed;
import dev.gopherbot.gateway.ingress.SignatureVerifier;
import dev.gopherbot.gateway.ingress.SignedRequestReader;
import dev.gopherbot.gateway.ingress.SlackEndpoint;
import dev.gopherbot.gateway.ingress.SlackRoute;
import dev.gopherbot.gateway.interactions.InteractionsEndpoint;
import dev.gopherbot.gateway.ops.GatewayMetrics;
import dev.gopherbot.gateway.queue.Acknowledger;
import dev.gopherbot.gateway.queue.EventQueue;
import dev.gopherbot.gateway.webhooks.WebhookRoute;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every app's routes, on one screen. Each app is its own Slack app: its requests arrive at
 * {@code /slack/<app>/events}, {@code /commands} and {@code /interactions}, verified with its own signing secret and
 * routed into its own streams; a deployment of one app also answers at the historical {@code /slack/events},
 * {@code /slack/commands} and {@code /slack/interactions}, and takes events at {@code /slack/event} too: the path of
 * earlier bots this platform replaces, so a switch needs no change in the Slack app's settings. Third-party webhooks arrive at {@code /hooks/<app>/<name>}.
 */
final class Routes {
    /** The Events API path of the bot this platform was written to replace (see the README's migration guide). */
    static final String LEGACY_EVENTS = "/slack/event";

    private final List<Mount> mounts = new ArrayList<>();
    private final GatewayMetrics metrics;

    private record Mount(String path, HandlerType method, io.javalin.http.Handler handler) {
    }

    Routes(List<AppDefinition> apps, Map<String, SlackApp> slackApps, GatewayConfig config, GatewayMetrics metrics,
           RedisCommands<String, byte[]> redis) {
        this.metrics = metrics;
        BodyLimit limit = new BodyLimit();
        EventQueue queue = new EventQueue(redis, config.redis().keys(), config.streamMaxLen(),
                config.memoryLimitPercent());
        Acknowledger acknowledger = new Acknowledger(queue, metrics);
        for (AppDefinition app : apps) {
            SlackApp slack = slackApps.get(app.name());
            SignedRequestReader signed = new SignedRequestReader(
                    new SignatureVerifier(slack.signingSecret(), Clock.systemUTC()), limit);
            Audience audience = new Audience(slack.appId(), slack.teamId());
            List<String> prefixes = apps.size() == 1 ? List.of("/slack", slackPrefix(app.name()))
                    : List.of(slackPrefix(app.name()));
            if (apps.size() == 1) {
                slack(LEGACY_EVENTS, ContentTypes.JSON, signed,
                        new EventsEndpoint(app.name(), app.eventTypes(), audience, queue, metrics));
            }
            for (String prefix : prefixes) {
                slack(prefix + EventsEndpoint.SUFFIX, ContentTypes.JSON, signed,
                        new EventsEndpoint(app.name(), app.eventTypes(), audience, queue, metrics));
                slack(prefix + CommandsEndpoint.SUFFIX, ContentTypes.FORM, signed,
                        new CommandsEndpoint(app, audience, acknowledger));
                slack(prefix + InteractionsEndpoint.SUFFIX, ContentTypes.FORM, signed,
                        new InteractionsEndpoint(app, audience, acknowledger));
            }
            for (WebhookReg hook : app.webhooks()) {
                WebhookRoute route = new WebhookRoute(app.name(), hook, limit, acknowledger, metrics);
                mounts.add(new Mount(route.route(), HandlerType.GET, route));
                mounts.add(new Mount(route.route(), HandlerType.POST, route));
            }
        }
    }

    /** Where {@code app}'s Slack requests arrive: {@code /slack/<app>}. */
    static String slackPrefix(String app) {
        return "/slack/" + app;
    }

    void mount(RoutesConfig routes) {
        for (Mount m : mounts) {
            routes.addHttpHandler(m.method(), m.path(), m.handler());
            if (m.method() == HandlerType.POST && mounts.stream()
                    .noneMatch(o -> o.path().equals(m.path()) && o.method() == HandlerType.GET)) {
                MethodNotAllowed.register(routes, m.path(), HandlerType.POST, metrics);
            }
        }
    }

    private void slack(String path, String mediaType, SignedRequestReader signed, SlackEndpoint endpoint) {
        mounts.add(new Mount(path, HandlerType.POST, new SlackRoute(path, mediaType, signed, endpoint, metrics)));
    }
}
