package dev.gopherbot.apps.gopherbot.commands;

import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.MessageContext;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.apps.gopherbot.content.ChannelRef;
import dev.gopherbot.apps.gopherbot.content.Community;
import dev.gopherbot.common.channels.ChannelDirectory;
import java.util.HashMap;
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
                    String all = RecommendedChannels.list(community.recommendedChannels(), channels);
                    String few = RecommendedChannels.list(community.welcomeChannels(), channels);
                    Map<String, String> values = new HashMap<>(Map.of("user",
                            MessageContext.userMention(ctx.userId()),
                            "recommended_channels", all.isEmpty() ? RecommendedChannels.NONE_KNOWN : all,
                            "welcome_channels", few.isEmpty() ? RecommendedChannels.NONE_KNOWN : few));
                    // community.yaml's check makes sure a text only uses the channels that are set
                    if (community.questionsChannel() != null) {
                        values.put("questions_channel", link(community.questionsChannel()));
                    }
                    if (community.adminChannel() != null) {
                        values.put("admin_channel", link(community.adminChannel()));
                    }
                    ctx.dm(community.welcomeMessage().render(values));
                    return Outcome.done();
                });
    }

    /** A link to the channel, or its name as text while the channel cache does not know it. */
    private String link(ChannelRef channel) {
        return channel.resolve(channels).map(id -> "<#" + id + ">").orElse(channel.shown());
    }
}
