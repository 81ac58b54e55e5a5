package dev.gopherbot.testkit.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** Events API request bodies shaped like Slack's, for tests, benchmarks and the simulator. */
public final class SlackPayloads {
    public static final String APP_ID = "A0GOPHER";
    public static final String TEAM_ID = "T0GOPHER";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private SlackPayloads() {
    }

    public static String urlVerification(String challenge) {
        return JSON.createObjectNode().put("token", "legacy-verification-token").put("challenge", challenge)
                .put("type", "url_verification").toString();
    }

    /** A unique event id in Slack's shape. */
    public static String newEventId() {
        return "Ev" + Long.toString(System.nanoTime(), 36).toUpperCase() + SEQUENCE.incrementAndGet();
    }

    /** A unique message timestamp in Slack's {@code seconds.micros} shape. */
    public static String newTs() {
        long micros = Instant.now().toEpochMilli() * 1000 + SEQUENCE.incrementAndGet() % 1000;
        return String.format("%d.%06d", micros / 1_000_000, micros % 1_000_000);
    }

    public static Message message(String channel, String user, String text) {
        return new Message(channel, user, text);
    }

    public static String teamJoin(String eventId, String userId, String userName) {
        ObjectNode event = JSON.createObjectNode().put("type", "team_join");
        event.putObject("user").put("id", userId).put("name", userName).put("real_name", userName)
                .put("team_id", TEAM_ID).put("is_bot", false);
        return envelope(eventId, Instant.now().getEpochSecond(), event);
    }

    public static String memberJoinedChannel(String eventId, String userId, String channel) {
        ObjectNode event = JSON.createObjectNode().put("type", "member_joined_channel").put("user", userId)
                .put("channel", channel).put("channel_type", "C").put("team", TEAM_ID)
                .put("event_ts", newTs());
        return envelope(eventId, Instant.now().getEpochSecond(), event);
    }

    /**
     * A user object as Slack shapes it in {@code users.list}, {@code users.info}, {@code user_change} and
     * {@code team_join}: the fields apps read, with the profile's images when it has an avatar.
     */
    public static ObjectNode user(Workspace.User user, Workspace.Profile profile) {
        ObjectNode u = JSON.createObjectNode().put("id", user.id()).put("team_id", TEAM_ID).put("name", user.name())
                .put("deleted", profile.deleted()).put("real_name", user.realName()).put("tz", profile.tz())
                .put("is_bot", user.isBot()).put("updated", profile.updated());
        ObjectNode p = u.putObject("profile").put("real_name", user.realName())
                .put("display_name", profile.displayName()).put("title", profile.title())
                .put("status_text", profile.statusText()).put("status_emoji", profile.statusEmoji());
        if (profile.avatarUrl() != null) {
            p.put("image_48", profile.avatarUrl()).put("image_72", profile.avatarUrl())
                    .put("image_192", profile.avatarUrl());
        }
        return u;
    }

    /** A {@code user_change} event carrying {@code user} (e.g. from {@link #user}). */
    public static String userChange(String eventId, ObjectNode user) {
        ObjectNode event = JSON.createObjectNode().put("type", "user_change").put("event_ts", newTs())
                .put("cache_ts", Instant.now().getEpochSecond());
        event.set("user", user);
        return envelope(eventId, Instant.now().getEpochSecond(), event);
    }

    /** A {@code team_join} event carrying the whole {@code user}, as Slack sends it. */
    public static String teamJoin(String eventId, ObjectNode user) {
        ObjectNode event = JSON.createObjectNode().put("type", "team_join").put("event_ts", newTs());
        event.set("user", user);
        return envelope(eventId, Instant.now().getEpochSecond(), event);
    }

    /** Wraps an inner event in the {@code event_callback} envelope Slack sends the example app. */
    public static String envelope(String eventId, long eventTime, ObjectNode event) {
        return envelope(eventId, eventTime, event, FakeSlack.BOT);
    }

    /** The envelope Slack sends {@code bot}'s app: its {@code api_app_id}, its bot user in {@code authorizations}. */
    public static String envelope(String eventId, long eventTime, ObjectNode event, SlackBot bot) {
        ObjectNode root = JSON.createObjectNode().put("token", "legacy-verification-token").put("team_id", TEAM_ID)
                .put("api_app_id", bot.appId());
        root.set("event", event);
        root.put("type", "event_callback").put("event_id", eventId).put("event_time", eventTime)
                .put("event_context", "4-" + eventId);
        ArrayNode auth = root.putArray("authorizations");
        auth.addObject().putNull("enterprise_id").put("team_id", TEAM_ID).put("user_id", bot.userId())
                .put("is_bot", true).put("is_enterprise_install", false);
        root.put("is_ext_shared_channel", false);
        return root.toString();
    }

    /** A {@code message} event; set what a test needs, then call {@link #envelope()}. */
    public static final class Message {
        private final ObjectNode event = JSON.createObjectNode();
        private String eventId = newEventId();
        private long eventTime = Instant.now().getEpochSecond();

        private Message(String channel, String user, String text) {
            event.put("type", "message").put("channel", channel).put("user", user).put("text", text)
                    .put("ts", newTs()).put("event_ts", event.path("ts").asText())
                    .put("channel_type", channel.startsWith("D") ? "im" : channel.startsWith("G") ? "group" : "channel")
                    .put("team", TEAM_ID);
        }

        public Message eventId(String id) {
            this.eventId = id;
            return this;
        }

        public Message eventTime(long epochSeconds) {
            this.eventTime = epochSeconds;
            return this;
        }

        public Message channelType(String type) {
            event.put("channel_type", type);
            return this;
        }

        public Message ts(String ts) {
            event.put("ts", ts).put("event_ts", ts);
            return this;
        }

        public Message threadTs(String ts) {
            event.put("thread_ts", ts);
            return this;
        }

        public Message subtype(String subtype) {
            event.put("subtype", subtype);
            return this;
        }

        public Message botId(String botId) {
            event.put("bot_id", botId);
            return this;
        }

        /** Attaches a file as Slack describes uploads (name, filetype, a private download URL). */
        public Message file(String id, String name, String filetype, String urlPrivate, int lines) {
            ArrayNode files = event.has("files") ? (ArrayNode) event.get("files") : event.putArray("files");
            files.addObject().put("id", id).put("name", name).put("filetype", filetype)
                    .put("url_private", urlPrivate).put("lines", lines).put("mode", "hosted");
            return this;
        }

        public String eventId() {
            return eventId;
        }

        public String ts() {
            return event.path("ts").asText();
        }

        public String envelope() {
            return SlackPayloads.envelope(eventId, eventTime, event);
        }

        /** The envelope as {@code bot}'s app receives it. */
        public String envelope(SlackBot bot) {
            return SlackPayloads.envelope(eventId, eventTime, event, bot);
        }
    }
}
