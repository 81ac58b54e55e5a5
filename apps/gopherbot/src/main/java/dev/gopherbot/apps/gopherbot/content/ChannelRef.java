package dev.gopherbot.apps.gopherbot.content;

import dev.gopherbot.common.channels.Channel;
import dev.gopherbot.common.channels.ChannelDirectory;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A channel as a data file names it: by name ({@code newbies}, {@code #newbies}), looked up in the channel cache when
 * needed so a renamed or recreated channel is followed, or by id ({@code C0123ABCD}), used as it is.
 *
 * @param name the channel's name without {@code #}, or null when given by id
 * @param id   the channel's id, or null when given by name
 */
public record ChannelRef(String name, String id) {
    private static final Pattern ID = Pattern.compile("[CG][A-Z0-9]{2,}");
    /** Slack's rule for channel names: lower case letters, digits, hyphens and underscores, at most 80. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9_][a-z0-9_\\-]{0,79}");

    /** Reads {@code raw}; the problem is described for a contributor when it is neither a name nor an id. */
    static Parsed parse(String raw) {
        String s = raw.strip();
        if (ID.matcher(s).matches()) {
            return new Parsed(new ChannelRef(null, s), null);
        }
        String name = s.startsWith("#") ? s.substring(1) : s;
        if (NAME.matcher(name).matches()) {
            return new Parsed(new ChannelRef(name, null), null);
        }
        return new Parsed(null, "\"" + raw + "\" is neither a channel name (lower case letters, digits, - and _, "
                + "e.g. newbies) nor a channel id (e.g. C0123ABCD)");
    }

    record Parsed(ChannelRef ref, String problem) {
    }

    /** The channel's id: as given, or looked up by name (empty when the cache does not know the name). */
    public Optional<String> resolve(ChannelDirectory channels) {
        return id != null ? Optional.of(id) : channels.byName(name).map(Channel::id);
    }

    /** Whether the channel with {@code channelId}, whose cached entry is {@code known} (if any), is this one. */
    public boolean is(String channelId, Optional<Channel> known) {
        return id != null ? id.equals(channelId)
                : known.map(c -> Channel.normalizeName(c.name()).equals(name)).orElse(false);
    }

    /** How people read it: {@code #newbies}, or the id. */
    public String shown() {
        return id != null ? id : "#" + name;
    }

    /** A key for spotting the same channel listed twice. */
    String key() {
        return id != null ? id : name;
    }
}
