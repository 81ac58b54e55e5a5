package dev.gopherbot.consumer.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gopherbot.app.handler.UnreadableEntry;
import dev.gopherbot.app.message.ChannelType;
import dev.gopherbot.app.message.FileRef;
import dev.gopherbot.app.message.Markup;
import dev.gopherbot.app.message.Message;
import dev.gopherbot.app.message.ParsedText;
import dev.gopherbot.common.stream.StreamEntry;
import java.util.ArrayList;
import java.util.List;

/** Turns a stream entry (the Events API body as Slack sent it) into an {@link Event}. */
public final class EventReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String botUserId;

    public EventReader(String botUserId) {
        this.botUserId = botUserId;
    }

    public Event read(StreamEntry entry) throws UnreadableEntry {
        if (InteractiveEvents.handles(entry.kind())) {
            return InteractiveEvents.read(entry); // Slack's form posts, not Events API JSON
        }
        if (entry.kind().isWebhook()) {
            String eventId = entry.eventId().isEmpty() ? entry.id() : entry.eventId();
            return new Event.WebhookDelivered(eventId, entry.eventTime(),
                    entry.kind().name().substring("webhook.".length()), entry.body());
        }
        JsonNode root;
        try {
            root = JSON.readTree(entry.body());
        } catch (JsonProcessingException e) {
            throw new UnreadableEntry("body is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("event").isObject()) {
            throw new UnreadableEntry("body has no event object");
        }
        JsonNode event = root.path("event");
        String eventId = entry.eventId().isEmpty() ? root.path("event_id").asText(entry.id()) : entry.eventId();
        long eventTime = entry.eventTime() > 0 ? entry.eventTime() : root.path("event_time").asLong(0);
        String type = event.path("type").asText("");
        return switch (type) {
            case "message" -> new Event.MessagePosted(eventId, eventTime, message(event));
            // Slack sends a mention in a channel the bot reads twice (message + app_mention): the message is enough
            case "app_mention" -> new Event.NotHandled(eventId, eventTime, "app_mention repeats a message event");
            case "team_join" -> new Event.TeamJoined(eventId, eventTime, event.path("user").path("id").asText(""),
                    event.path("user").path("name").asText(""), event);
            case "member_joined_channel" -> new Event.ChannelJoined(eventId, eventTime,
                    event.path("user").asText(""), event.path("channel").asText(""), event);
            case "" -> new Event.NotHandled(eventId, eventTime, "event type (none)");
            default -> new Event.Other(eventId, eventTime, type, event);
        };
    }

    private Message message(JsonNode e) {
        String raw = e.path("text").asText("");
        ParsedText parsed = Markup.parse(raw, botUserId);
        String channel = e.path("channel").asText("");
        return new Message(channel, ChannelType.of(text(e, "channel_type"), channel), text(e, "user"),
                text(e, "bot_id"), e.path("ts").asText(""), text(e, "thread_ts"), text(e, "subtype"), raw,
                parsed.text(), parsed.searchable(), parsed.mentions(), parsed.botMentioned(), files(e));
    }

    private static List<FileRef> files(JsonNode e) {
        List<FileRef> files = new ArrayList<>();
        for (JsonNode f : e.path("files")) {
            files.add(new FileRef(f.path("id").asText(""), f.path("name").asText(""), f.path("filetype").asText(""),
                    f.path("url_private").asText(""), f.path("lines").asInt(0)));
        }
        return files;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
    }
}
