package dev.gopherbot.apps.gopherbot;

import dev.gopherbot.app.App;
import dev.gopherbot.app.AppContext;
import dev.gopherbot.apps.gopherbot.commands.CodeSharing;
import dev.gopherbot.apps.gopherbot.commands.Define;
import dev.gopherbot.apps.gopherbot.commands.FlipACoin;
import dev.gopherbot.apps.gopherbot.commands.Help;
import dev.gopherbot.apps.gopherbot.commands.NewbieResources;
import dev.gopherbot.apps.gopherbot.commands.PackageDocs;
import dev.gopherbot.apps.gopherbot.commands.Playground;
import dev.gopherbot.apps.gopherbot.commands.RecommendedChannels;
import dev.gopherbot.apps.gopherbot.commands.SlackFiles;
import dev.gopherbot.apps.gopherbot.commands.WelcomeToChannel;
import dev.gopherbot.apps.gopherbot.commands.WelcomeToWorkspace;
import dev.gopherbot.apps.gopherbot.commands.Xkcd;
import dev.gopherbot.apps.gopherbot.content.Community;
import dev.gopherbot.apps.gopherbot.content.Content;
import dev.gopherbot.apps.gopherbot.suggest.Definitions;
import dev.gopherbot.apps.gopherbot.suggest.GlossarySuggestionsCommand;
import dev.gopherbot.apps.gopherbot.suggest.SuggestFlow;
import dev.gopherbot.apps.gopherbot.suggest.SuggestSettings;
import dev.gopherbot.apps.gopherbot.suggest.SuggestionStore;
import dev.gopherbot.common.channels.ChannelDirectory;
import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.glossary.Glossary;
import dev.gopherbot.glossary.GlossaryException;
import java.net.URI;
import java.util.random.RandomGenerator;

/**
 * The Gophers workspace's community bot: the data files, then every behaviour with logic, one line each. To add one:
 * a class implementing {@code Feature} (it may register a mention command and a {@code /gopher} subcommand at once),
 * a line here, and a chat-level test (see {@code CommandsIT}). Behaviours that are only data belong in
 * {@code reactions.yaml} or {@code responses.yaml} instead.
 */
public final class GopherbotApp implements App {
    public static final String NAME = "gopherbot";
    /** The slash command configured in the Slack app (docs/interactivity.md). */
    public static final String COMMAND = "/gopher";
    public static final String DEFAULT_PLAYGROUND_URL = "https://go.dev/_/share";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void define(AppContext app) {
        SuggestSettings suggest = SuggestSettings.from(app.env());
        URI playgroundUrl = app.env().url("PLAYGROUND_URL", DEFAULT_PLAYGROUND_URL);
        Glossary glossary = glossary();
        SuggestionStore suggestions = new SuggestionStore(app.redis(), app.keys());
        Definitions definitions = new Definitions(glossary, suggestions);
        ChannelDirectory channels = app.channels();
        Community community = Content.community();

        Content.register(app);
        app.add(new Help(app.definition(), COMMAND));
        app.add(new Define(definitions, COMMAND));
        app.add(new FlipACoin(RandomGenerator.getDefault()));
        app.add(new RecommendedChannels(community.recommendedChannels(), channels));
        app.add(new NewbieResources(community, channels));
        app.add(new Xkcd(Content.xkcd()));
        app.add(new PackageDocs());
        app.add(new WelcomeToWorkspace(community, channels));
        app.add(new WelcomeToChannel(community.channelWelcomes(), channels));
        app.add(new CodeSharing(community.codeSharing(), channels, Playground.over(app.http(), playgroundUrl),
                SlackFiles.over(app.http(), app.botToken()), app.shadowMode()));
        app.add(new SuggestFlow(suggest, glossary, suggestions, app.clock(), COMMAND));
        app.add(new Feeds(app));
        app.add(r -> r.operatorCommand("glossary-suggestions", GlossarySuggestionsCommand.USAGE,
                (args, env, out, err) -> new GlossarySuggestionsCommand(out, err, NAME).run(args, env)));
    }

    private static Glossary glossary() {
        try {
            return Glossary.loadDefault();
        } catch (GlossaryException e) {
            throw new ConfigException(e.problems());
        }
    }
}
