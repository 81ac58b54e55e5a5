package dev.gopherbot.apps.gopherbot.commands;

import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.apps.gopherbot.content.Community;
import dev.gopherbot.common.channels.ChannelDirectory;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code recommended channels}: the channels {@code community.yaml} recommends, as links, each with why. Names are
 * looked up in the channel cache; one it does not know (not created yet, archived, or the cache not filled yet) is
 * left out rather than shown as a dead link.
 */
public final class RecommendedChannels implements Feature {
    static final String NONE_KNOWN = "I cannot look the channels up right now. Browse them from *Channels* in the "
            + "sidebar, or ask me again in a few minutes.";

    private final List<Community.RecommendedChannel> recommended;
    private final ChannelDirectory channels;

    public RecommendedChannels(List<Community.RecommendedChannel> recommended, ChannelDirectory channels) {
        this.recommended = recommended;
        this.channels = channels;
    }

    @Override
    public void register(Registrar registrar) {
        registrar.command("recommended channels", List.of("channels", "which channels", "channel recommendations",
                "good channels"), "Lists channels worth joining, and what each is for", ctx -> {
                    String list = list(recommended, channels);
                    ctx.sayToMentioned(list.isEmpty() ? NONE_KNOWN : "Channels worth joining:\n" + list);
                    return Outcome.done();
                });
    }

    /** {@code • <#C123>: why}, one line per channel the cache knows; empty when it knows none. */
    static String list(List<Community.RecommendedChannel> recommended, ChannelDirectory channels) {
        List<String> lines = new ArrayList<>();
        for (Community.RecommendedChannel r : recommended) {
            r.channel().resolve(channels).ifPresent(id -> lines.add("• <#" + id + ">: " + r.why()));
        }
        return String.join("\n", lines);
    }
}
