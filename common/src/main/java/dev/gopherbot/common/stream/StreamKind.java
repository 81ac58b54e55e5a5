package dev.gopherbot.common.stream;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One kind of work of one app, with a Redis stream of its own: {@code message.public}, {@code message.private},
 * {@code command}, {@code interaction}, an Events API type the app subscribed to (e.g. {@code team_join}), or
 * {@code webhook.<name>}. The wire form {@code <app>.<kind>} (e.g. {@code gopherbot.command}) is the streams' hash tag
 * and names them in logs, metrics and the dead-letter tool.
 */
public record StreamKind(String app, String name) {
    public static final String MESSAGE_PUBLIC = "message.public";
    public static final String MESSAGE_PRIVATE = "message.private";
    public static final String COMMAND = "command";
    public static final String INTERACTION = "interaction";
    private static final Pattern APP = Pattern.compile("[a-z][a-z0-9]*");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_.-]*");

    public StreamKind {
        if (!APP.matcher(app).matches() || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a stream kind: " + app + "." + name);
        }
    }

    public static StreamKind messagePublic(String app) {
        return new StreamKind(app, MESSAGE_PUBLIC);
    }

    public static StreamKind messagePrivate(String app) {
        return new StreamKind(app, MESSAGE_PRIVATE);
    }

    public static StreamKind command(String app) {
        return new StreamKind(app, COMMAND);
    }

    public static StreamKind interaction(String app) {
        return new StreamKind(app, INTERACTION);
    }

    /** An Events API type other than messages, e.g. {@code team_join}. */
    public static StreamKind event(String app, String type) {
        return new StreamKind(app, type);
    }

    public static StreamKind webhook(String app, String hook) {
        return new StreamKind(app, "webhook." + hook);
    }

    /** {@code <app>.<kind>}, e.g. {@code gopherbot.message.public}. */
    public String wireName() {
        return app + "." + name;
    }

    /** The inverse of {@link #wireName()}. */
    public static Optional<StreamKind> fromWireName(String wire) {
        int dot = wire.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StreamKind(wire.substring(0, dot), wire.substring(dot + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean isCommand() {
        return name.equals(COMMAND);
    }

    public boolean isInteraction() {
        return name.equals(INTERACTION);
    }

    public boolean isWebhook() {
        return name.startsWith("webhook.");
    }

    /**
     * Routes an Events API event by its {@code event.type} and, for messages, {@code event.channel_type}: messages
     * (and mentions) in public channels and elsewhere go to separate streams, every other type to its own.
     */
    public static StreamKind forEvent(String app, String eventType, String channelType) {
        if (eventType.equals("message") || eventType.equals("app_mention")) {
            // private: group, im, mpim, app_home
            return channelType == null || channelType.equals("channel") ? messagePublic(app) : messagePrivate(app);
        }
        return event(app, eventType);
    }
}
