package dev.gopherbot.consumer;

import dev.gopherbot.common.channels.Channel;
import dev.gopherbot.common.channels.ChannelDirectory;
import java.util.Optional;

/**
 * The channel cache (written by bgtasks) as commands see it. Commands are registered before the consumer connects to
 * Redis, so that a bad data file stops the start before anything connects; the cache is bound to the shared
 * connection as soon as it exists, before the first entry is read.
 */
final class ChannelCache implements ChannelDirectory {
    private volatile ChannelDirectory directory;

    void bind(ChannelDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<Channel> byName(String name) {
        return bound().byName(name);
    }

    @Override
    public Optional<Channel> byId(String id) {
        return bound().byId(id);
    }

    private ChannelDirectory bound() {
        ChannelDirectory d = directory;
        if (d == null) {
            throw new IllegalStateException("the channel cache was used before the consumer connected to Redis");
        }
        return d;
    }
}
