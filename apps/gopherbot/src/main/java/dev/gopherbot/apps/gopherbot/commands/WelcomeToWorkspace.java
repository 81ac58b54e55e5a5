package dev.gopherbot.apps.gopherbot.commands;

import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.MessageContext;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.apps.gopherbot.content.Community;
import dev.gopherbot.common.channels.ChannelDirectory;
import java.util.Map;

/**
 * Someone joined the workspace ({@code team_join}): a DM with the code of conduct, how to talk to the bot and the
 * recommended channels, from {@code community.yaml}'s {@code welcome.direct_message}.
 */
public final class WelcomeToWorkspace implements Feature {
    private final Community community;
    private final ChannelDirectory channels;

    public WelcomeToWorkspace(Community community, ChannelDirectory channels) {
        this.community = community;
        this.channels = channels;
    }

    @Override
    public void register(Registrar registrar) {
        registrar.onTeamJoin("workspace welcome", "Sends a welcome DM: the code of conduct, how to use the bot, "
                + "and the recommended channels", ctx -> {
                    String list = RecommendedChannels.list(community.recommendedChannels(), channels);
                    ctx.dm(community.welcomeMessage().render(Map.of("user", MessageContext.userMention(ctx.userId()),
                            "recommended_channels", list.isEmpty() ? RecommendedChannels.NONE_KNOWN : list)));
                    return Outcome.done();
                });
    }
}
