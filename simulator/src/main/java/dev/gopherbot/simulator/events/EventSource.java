package dev.gopherbot.simulator.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.testkit.slack.FakeSlack;
import dev.gopherbot.testkit.slack.SlackPayloads;
import dev.gopherbot.testkit.slack.Workspace;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns what a person does in the simulated workspace into the Events API requests Slack would send the bot, in
 * {@link SlackPayloads}' envelope, and hands them to {@link EventDelivery}. Like Slack, it sends channel events only
 * for channels the bot is a member of, and none for the bot's own posts (the bot sees those in its Web API answers).
 */
public final class EventSource {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workspace workspace;
    private final EventDelivery delivery;

    public EventSource(Workspace workspace, EventDelivery delivery) {
        this.workspace = workspace;
        this.delivery = delivery;
    }

    /** A {@code message} event for a message a person posted; empty when Slack would not tell the bot. */
    public Optional<String> message(Workspace.Message m) {
        if (!botIsIn(m.channel)) {
            return Optional.empty();
        }
        SlackPayloads.Message event = SlackPayloads.message(m.channel, m.user, m.text).ts(m.ts);
        if (m.threadTs != null) {
            event.threadTs(m.threadTs);
        }
        return Optional.of(send(event.eventId(), event.envelope()));
    }

    /** A {@code team_join} event for a person who just joined the workspace. */
    public String teamJoin(Workspace.User user) {
        String eventId = SlackPayloads.newEventId();
        return send(eventId, SlackPayloads.teamJoin(eventId, user.id(), user.name()));
    }

    /** A {@code member_joined_channel} event; empty when the bot is not in that channel. */
    public Optional<String> memberJoinedChannel(String userId, String channel) {
        if (!botIsIn(channel)) {
            return Optional.empty();
        }
        String eventId = SlackPayloads.newEventId();
        return Optional.of(send(eventId, SlackPayloads.memberJoinedChannel(eventId, userId, channel)));
    }

    /** A {@code reaction_added} event for a person's reaction; empty when the bot is not in that channel. */
    public Optional<String> reactionAdded(String userId, String emoji, Workspace.Message m) {
        if (!botIsIn(m.channel)) {
            return Optional.empty();
        }
        ObjectNode event = JSON.createObjectNode().put("type", "reaction_added").put("user", userId)
                .put("reaction", emoji).put("item_user", m.user).put("event_ts", SlackPayloads.newTs());
        event.putObject("item").put("type", "message").put("channel", m.channel).put("ts", m.ts);
        String eventId = SlackPayloads.newEventId();
        return Optional.of(send(eventId, SlackPayloads.envelope(eventId, Instant.now().getEpochSecond(), event)));
    }

    private boolean botIsIn(String channel) {
        return workspace.members(channel).contains(FakeSlack.BOT_USER_ID);
    }

    private String send(String eventId, String body) {
        delivery.send(eventId, body);
        return eventId;
    }
}
