package dev.gopherbot.consumer.commands;

import dev.gopherbot.common.channels.Channel;
import dev.gopherbot.common.channels.ChannelDirectory;
import dev.gopherbot.consumer.content.Community;
import dev.gopherbot.consumer.registry.ChannelJoinContext;
import dev.gopherbot.consumer.registry.Command;
import dev.gopherbot.consumer.registry.MessageContext;
import dev.gopherbot.consumer.registry.Outcome;
import dev.gopherbot.consumer.registry.Registrar;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Someone joined a channel {@code community.yaml} has a welcome for ({@code welcome.channels}): a message in that
 * channel only they see. Channels named there are recognised through the channel cache, so the handler sees every
 * join and looks the channel up itself.
 */
final class WelcomeToChannel implements Command {
    private final List<Community.ChannelWelcome> welcomes;
    private final ChannelDirectory channels;

    WelcomeToChannel(List<Community.ChannelWelcome> welcomes, ChannelDirectory channels) {
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
