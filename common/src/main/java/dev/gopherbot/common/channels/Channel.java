package dev.gopherbot.common.channels;

import java.util.Locale;
import java.util.Objects;

/** A public Slack channel as the channel cache knows it: its id ({@code C…}) and its name without the {@code #}. */
public record Channel(String id, String name) {
    public Channel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** The form names are stored and looked up in: no leading {@code #}, lower case (Slack names are lower case). */
    public static String normalizeName(String name) {
        String n = name.strip();
        if (n.startsWith("#")) {
            n = n.substring(1);
        }
        return n.toLowerCase(Locale.ROOT);
    }
}
