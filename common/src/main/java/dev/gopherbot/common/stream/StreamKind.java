package dev.gopherbot.common.stream;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of work the gateway routes, one Redis stream each. The wire names are part of the contract. */
public enum StreamKind {
    MESSAGE_PUBLIC("message.public"),
    MESSAGE_PRIVATE("message.private"),
    TEAM_JOIN("team_join"),
    MEMBER_JOINED_CHANNEL("member_joined_channel"),
    COMMAND("command"),
    INTERACTION("interaction");

    private final String wireName;

    StreamKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<StreamKind> fromWireName(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
    }

    /**
     * Routes an Events API event by its {@code event.type} and, for messages, {@code event.channel_type}; empty for
     * event types the bot does not handle.
     */
    public static Optional<StreamKind> forEvent(String eventType, String channelType) {
        if (eventType == null) {
            return Optional.empty();
        }
        return switch (eventType) {
            case "message", "app_mention" -> Optional.of(forMessage(channelType));
            case "team_join" -> Optional.of(TEAM_JOIN);
            case "member_joined_channel" -> Optional.of(MEMBER_JOINED_CHANNEL);
            default -> Optional.empty();
        };
    }

    private static StreamKind forMessage(String channelType) {
        if (channelType == null || channelType.equals("channel")) {
            return MESSAGE_PUBLIC;
        }
        return MESSAGE_PRIVATE; // group, im, mpim, app_home
    }
}
