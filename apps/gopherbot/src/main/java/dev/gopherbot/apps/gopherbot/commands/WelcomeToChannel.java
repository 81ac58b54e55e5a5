package dev.gopherbot.apps.gopherbot.commands;

import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.ChannelJoinContext;
import dev.gopherbot.app.handler.MessageContext;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.apps.gopherbot.content.Community;
import dev.gopherbot.common.channels.Channel;
import dev.gopherbot.common.channels.ChannelDirectory;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Someone joined a channel {@code community.yaml} has a welcome for ({@code welcome.channels}): a message in that
 * channel only they see. Channels named there are recognised through the channel cache, so the handler sees every
 * join and looks the channel up itself.
 */
public final class WelcomeToChannel implements Feature {
    private final List<Community.ChannelWelcome> welcomes;
    private final ChannelDirectory channels;

    public WelcomeToChannel(List<Community.ChannelWelcome> welcomes, ChannelDirectory channels) {
        this.welcomes = welcomes;
        this.channels = channels;
    }

    @Override
    public void register(Registrar registrar) {
        if (welcomes.isEmpty()) {
            return;
        }
        String where = String.join(", ", welcomes.stream().map(w -> w.channel().shown()).toList());
        registrar.onAnyChannelJoin("channel welcome", "Greets people joining " + where + " with a message only "
                + "they see", this::welcome);
    }

    private Outcome welcome(ChannelJoinContext ctx) {
        Optional<Community.ChannelWelcome> welcome = welcomeFor(ctx.channel());
        welcome.ifPresent(w -> ctx.ephemeral(w.text().render(Map.of("user", MessageContext.userMention(ctx.userId()),
                "channel", "<#" + ctx.channel() + ">"))));
        return Outcome.done();
    }

    private Optional<Community.ChannelWelcome> welcomeFor(String channelId) {
        // only a welcome configured by name needs the cache; joins elsewhere then cost one lookup
        boolean byName = welcomes.stream().map(Community.ChannelWelcome::channel).anyMatch(r -> r.id() == null);
        Optional<Channel> known = byName ? channels.byId(channelId) : Optional.empty();
        return welcomes.stream().filter(w -> w.channel().is(channelId, known)).findFirst();
    }
}
