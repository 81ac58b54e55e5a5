package dev.gopherbot.consumer.commands;

import dev.gopherbot.common.channels.ChannelDirectory;
import dev.gopherbot.consumer.content.Community;
import dev.gopherbot.consumer.content.Content;
import dev.gopherbot.consumer.content.XkcdNames;
import dev.gopherbot.consumer.registry.Command;
import dev.gopherbot.consumer.registry.Registry;
import dev.gopherbot.consumer.suggest.Definitions;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Every behaviour with logic, one line each. To add one: write a class implementing {@link Command} in this package,
 * add it to this list, and add a chat-level test (see {@code CommandsIT}). Behaviours that are only data belong in
 * {@code reactions.yaml} or {@code responses.yaml} instead.
 */
public final class Commands {
    private Commands() {
    }

    /**
     * What commands may use; grows as commands need more.
     *
     * @param definitions what {@code define} explains: the glossary, then community-approved terms
     * @param channels    the channel cache bgtasks keeps, to turn channel names into links
     * @param community   the workspace's facts from {@code community.yaml}
     * @param xkcd        the comic names from {@code xkcd.yaml}
     * @param playground  where long code is shared
     * @param files       downloads files people upload
     * @param shadowMode  outside production: nothing is shared with outside services
     */
    public record Tools(Registry registry, RandomGenerator random, Definitions definitions,
                        ChannelDirectory channels, Community community, XkcdNames xkcd, Playground playground,
                        SlackFiles files, boolean shadowMode) {
    }

    public static List<Command> all(Tools tools) {
        Community community = tools.community();
        return List.of(
                new Help(tools.registry()),
                new Define(tools.definitions()),
                new FlipACoin(tools.random()),
                new RecommendedChannels(community.recommendedChannels(), tools.channels()),
                new NewbieResources(community, tools.channels()),
                new Xkcd(tools.xkcd()),
                new PackageDocs(),
                new WelcomeToWorkspace(community, tools.channels()),
                new WelcomeToChannel(community.channelWelcomes(), tools.channels()),
                new CodeSharing(community.codeSharing(), tools.channels(), tools.playground(), tools.files(),
                        tools.shadowMode()));
    }

    /**
     * Registers the data files and every command into {@code tools.registry()}: the registry exactly as the consumer
     * builds it at startup (the behaviours table in the README is rendered from it).
     */
    public static void registerAll(Tools tools) {
        Content.registerDefaults(tools.registry());
        all(tools).forEach(tools.registry()::add);
    }
}
