package dev.gopherbot.common.redis;

import dev.gopherbot.common.stream.StreamKind;

/**
 * Every Redis key the platform writes, behind one prefix so several deployments can share a Redis. Keys that one
 * script or transaction touches for a stream carry the same {@code {<app>.<kind>}} hash tag, so they land on one
 * Redis Cluster slot, and each app's streams spread over slots independently.
 */
public record Keys(String prefix) {
    public static final String DEFAULT_PREFIX = "gopherbot:";

    public String stream(StreamKind kind) {
        return prefix + "stream:" + tag(kind);
    }

    public String deadLetters(StreamKind kind) {
        return stream(kind) + ":dead";
    }

    /** Marks an event id as appended; written by the gateway's dedup-and-append script. */
    public String seen(StreamKind kind, String eventId) {
        return prefix + "seen:" + tag(kind) + ":" + eventId;
    }

    /** Marks that one handler's effect for one event happened, so a redelivery does not repeat it. */
    public String effectDone(StreamKind kind, String eventId, String handler) {
        return prefix + "done:" + tag(kind) + ":" + eventId + ":" + handler;
    }

    public String heartbeat(String process, String instance) {
        return prefix + "heartbeat:" + process + ":" + instance;
    }

    /** Any other key, for features that own their own namespace (e.g. {@code channels:by-name}). */
    public String of(String suffix) {
        return prefix + suffix;
    }

    /** An app's own key space: {@code <prefix><app>:}. */
    public Keys forApp(String app) {
        return new Keys(prefix + app + ":");
    }

    private static String tag(StreamKind kind) {
        return "{" + kind.wireName() + "}";
    }
}
