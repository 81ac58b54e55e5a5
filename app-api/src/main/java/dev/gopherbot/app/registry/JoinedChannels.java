package dev.gopherbot.app.registry;

import java.util.Set;

/**
 * Which channels a channel-join registration is for: a fixed set of ids, or every channel (for a handler that looks
 * the channel up itself, e.g. by name in the channel cache). Deciding does no I/O: the dispatcher asks for every join
 * in the workspace.
 */
public record JoinedChannels(boolean all, Set<String> ids) {
    public JoinedChannels {
        ids = Set.copyOf(ids);
    }

    public static JoinedChannels ids(Set<String> ids) {
        return new JoinedChannels(false, ids);
    }

    public static JoinedChannels everyChannel() {
        return new JoinedChannels(true, Set.of());
    }

    public boolean contains(String channelId) {
        return all || ids.contains(channelId);
    }

    public boolean isEmpty() {
        return !all && ids.isEmpty();
    }
}
