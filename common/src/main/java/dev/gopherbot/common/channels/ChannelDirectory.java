package dev.gopherbot.common.channels;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Looks up public channels by name or id without calling Slack. bgtasks keeps the data fresh (conversations.list every
 * few minutes); a channel created a moment ago may be missing until its next refresh, archived channels are absent.
 */
public interface ChannelDirectory {
    /** The channel called {@code name} ({@code "newbies"} or {@code "#newbies"}, any case). */
    Optional<Channel> byName(String name);

    Optional<Channel> byId(String id);

    /** A fixed directory, for tests and tools that have no Redis. */
    static ChannelDirectory of(Collection<Channel> channels) {
        Map<String, Channel> ids = channels.stream().collect(Collectors.toUnmodifiableMap(Channel::id,
                Function.identity()));
        Map<String, Channel> names = channels.stream().collect(Collectors.toUnmodifiableMap(
                c -> Channel.normalizeName(c.name()), Function.identity()));
        return new ChannelDirectory() {
            @Override
            public Optional<Channel> byName(String name) {
                return Optional.ofNullable(names.get(Channel.normalizeName(name)));
            }

            @Override
            public Optional<Channel> byId(String id) {
                return Optional.ofNullable(ids.get(id.strip()));
            }
        };
    }
}
