package dev.gopherbot.apps.gopherbot.content;

import dev.gopherbot.app.AppContext;
import dev.gopherbot.common.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bot's data files (in {@code consumer/src/main/resources}): {@code reactions.yaml} and {@code responses.yaml},
 * read, validated and registered; {@code community.yaml} and {@code xkcd.yaml}, read and validated for the commands
 * that use them. Every problem is collected, so a contributor sees all of them at once; a unit test runs the same
 * check in CI, so a bad entry never reaches a running bot.
 */
public final class Content {
    public static final String REACTIONS = "reactions.yaml";
    public static final String RESPONSES = "responses.yaml";
    public static final String COMMUNITY = "community.yaml";
    public static final String XKCD = "xkcd.yaml";

    private Content() {
    }

    /** Registers the shipped data files. */
    public static void register(AppContext app) {
        register(app, REACTIONS, resource(REACTIONS), RESPONSES, resource(RESPONSES));
    }

    /**
     * Registers data given as text (tests use small files).
     *
     * @throws ConfigException listing every problem, one line each, naming file and entry
     */
    public static void register(AppContext app, String reactionsName, String reactionsYaml, String responsesName,
                                String responsesYaml) {
        List<String> problems = new ArrayList<>();
        YamlEntries reactionEntries = new YamlEntries(reactionsName);
        List<ReactionsFile.Loaded> loaded = new ArrayList<>(ReactionsFile.read(reactionEntries, reactionsYaml));
        problems.addAll(reactionEntries.problems());
        YamlEntries responseEntries = new YamlEntries(responsesName);
        loaded.addAll(ResponsesFile.read(responseEntries, responsesYaml));
        problems.addAll(responseEntries.problems());
        for (ReactionsFile.Loaded l : loaded) {
            try {
                app.add(l.origin(), l.registration()::accept);
            } catch (IllegalArgumentException | IllegalStateException e) {
                problems.add(e.getMessage()); // names the entry (and, for a duplicate, the other registration)
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }

    /**
     * The shipped {@code community.yaml}.
     *
     * @throws ConfigException listing every problem, one line each, naming the section or entry
     */
    public static Community community() {
        return community(COMMUNITY, resource(COMMUNITY));
    }

    public static Community community(String fileName, String yaml) {
        YamlEntries file = new YamlEntries(fileName);
        Community community = CommunityFile.read(file, yaml);
        if (!file.problems().isEmpty()) {
            throw new ConfigException(file.problems());
        }
        return community;
    }

    /** The shipped {@code xkcd.yaml}; see {@link #community()} for errors. */
    public static XkcdNames xkcd() {
        return xkcd(XKCD, resource(XKCD));
    }

    public static XkcdNames xkcd(String fileName, String yaml) {
        YamlEntries file = new YamlEntries(fileName);
        XkcdNames names = XkcdFile.read(file, yaml);
        if (!file.problems().isEmpty()) {
            throw new ConfigException(file.problems());
        }
        return names;
    }

    static String resource(String name) {
        try (InputStream in = Content.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the consumer's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
