package dev.gopherbot.simulator.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.simulator.apps.AppLink;
import dev.gopherbot.simulator.apps.AppLinks;
import dev.gopherbot.testkit.slack.SlackPayloads;
import dev.gopherbot.testkit.slack.Workspace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns what a person does in the simulated workspace into the Events API requests Slack would send each installed
 * app, in {@link SlackPayloads}' envelope with that app's {@code api_app_id} and bot, and hands them to
 * {@link EventDelivery}. Like Slack, it sends channel events only to the apps whose bot is a member of the channel (a
 * direct message only to the app it is with), workspace events ({@code team_join}, {@code user_change}) to every app,
 * and none for the bots' own posts (an app sees those in its Web API answers). Each app's copy has its own
 * {@code event_id}. Returns the ids, so the page can show how their delivery goes.
 */
public final class EventSource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workspace workspace;
    private final AppLinks apps;
    private final EventDelivery delivery;

    public EventSource(Workspace workspace, AppLinks apps, EventDelivery delivery) {
        this.workspace = workspace;
        this.apps = apps;
        this.delivery = delivery;
    }

    /** A {@code message} event for a message a person posted, to each app that can see it. */
    public List<String> message(Workspace.Message m) {
        return sendToAppsIn(m.channel, app -> {
            SlackPayloads.Message event = SlackPayloads.message(m.channel, m.user, m.text).ts(m.ts);
            if (m.threadTs != null) {
                event.threadTs(m.threadTs);
            }
            return new Payload(event.eventId(), event.envelope(app.bot()));
        });
    }

    /** A {@code team_join} event for a person who just joined the workspace, to every app. */
    public List<String> teamJoin(Workspace.User user) {
        return sendToAll(app -> {
            ObjectNode event = JSON.createObjectNode().put("type", "team_join");
            event.set("user", SlackPayloads.user(user, workspace.profile(user.id())));
            return payload(event, app);
        });
    }

    /** A {@code user_change} event, to every app, after a person edited their profile. */
    public List<String> userChange(Workspace.User user) {
        return sendToAll(app -> {
            ObjectNode event = JSON.createObjectNode().put("type", "user_change")
                    .put("cache_ts", Instant.now().getEpochSecond()).put("event_ts", SlackPayloads.newTs());
            event.set("user", SlackPayloads.user(user, workspace.profile(user.id())));
            return payload(event, app);
        });
    }

    /** A {@code member_joined_channel} event, to each app whose bot is in that channel. */
    public List<String> memberJoinedChannel(String userId, String channel) {
        return sendToAppsIn(channel, app -> payload(JSON.createObjectNode().put("type", "member_joined_channel")
                .put("user", userId).put("channel", channel).put("channel_type", "C")
                .put("team", SlackPayloads.TEAM_ID).put("event_ts", SlackPayloads.newTs()), app));
    }

    /** A {@code reaction_added} event for a person's reaction, to each app whose bot is in that channel. */
    public List<String> reactionAdded(String userId, String emoji, Workspace.Message m) {
        return sendToAppsIn(m.channel, app -> {
            ObjectNode event = JSON.createObjectNode().put("type", "reaction_added").put("user", userId)
                    .put("reaction", emoji).put("item_user", m.user).put("event_ts", SlackPayloads.newTs());
            event.putObject("item").put("type", "message").put("channel", m.channel).put("ts", m.ts);
            return payload(event, app);
        });
    }

    private record Payload(String eventId, String body) {
    }

    private static Payload payload(ObjectNode event, AppLink app) {
        String eventId = SlackPayloads.newEventId();
        return new Payload(eventId, SlackPayloads.envelope(eventId, Instant.now().getEpochSecond(), event,
                app.bot()));
    }

    private List<String> sendToAppsIn(String channel, Function<AppLink, Payload> build) {
        List<String> members = workspace.members(channel);
        return send(apps.all().stream().filter(a -> members.contains(a.bot().userId())).toList(), build);
    }

    private List<String> sendToAll(Function<AppLink, Payload> build) {
        return send(apps.all(), build);
    }

    private List<String> send(List<AppLink> to, Function<AppLink, Payload> build) {
        List<String> ids = new ArrayList<>();
        for (AppLink app : to) {
            Payload p = build.apply(app);
            delivery.send(p.eventId(), p.body(), app);
            ids.add(p.eventId());
        }
        return ids;
    }
}
