package dev.gopherbot.apps.gopherbot.suggest;

import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.redis.RedisConnector;
import dev.gopherbot.common.redis.RedisSettings;
import dev.gopherbot.glossary.Glossary;
import dev.gopherbot.glossary.Lookup;
import dev.gopherbot.glossary.Term;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -jar consumer.jar glossary-suggestions}: prints the community-approved terms that are not in
 * glossary.yaml yet, as entries ready to paste into it (sorted, as the file is). A term counts as merged once the
 * glossary this jar was built with knows its name; those are left out. Needs only the Redis settings. Exit status:
 * 0 done (also when there is nothing to merge), 1 Redis failed, 2 bad usage or settings.
 */
public final class GlossarySuggestionsCommand {
    public static final String USAGE = "usage: java -jar consumer.jar glossary-suggestions";

    private final PrintStream out;
    private final PrintStream err;
    private final String app;

    /** @param app the app whose suggestions to read (its key space) */
    public GlossarySuggestionsCommand(PrintStream out, PrintStream err, String app) {
        this.out = out;
        this.err = err;
        this.app = app;
    }

    public int run(List<String> args, Env env) {
        if (!args.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        RedisSettings settings = RedisSettings.from(env);
        try {
            env.check();
        } catch (ConfigException e) {
            e.problems().forEach(p -> err.println("glossary-suggestions: " + p));
            return 2;
        }
        Glossary glossary = Glossary.loadDefault();
        try (RedisConnector connector = new RedisConnector(settings);
             StatefulRedisConnection<String, String> connection = connector.connect()) {
            List<Term> unmerged = new SuggestionStore(connection.sync(), settings.keys().forApp(app)).approved().stream()
                    .map(Suggestion::term)
                    .filter(t -> glossary.lookup(t.term()) instanceof Lookup.NotFound)
                    .sorted(Comparator.comparing(t -> t.term().toLowerCase(Locale.ROOT)))
                    .toList();
            if (unmerged.isEmpty()) {
                err.println("glossary-suggestions: no approved suggestions waiting to be merged");
                return 0;
            }
            err.println("glossary-suggestions: " + unmerged.size() + " approved, not yet in glossary.yaml; paste "
                    + "each entry in alphabetical order and check with ./mvnw -q -pl glossary test");
            out.print(GlossaryYaml.entries(unmerged));
            return 0;
        } catch (RedisException e) {
            err.println("glossary-suggestions: Redis failed: " + e.getMessage());
            return 1;
        }
    }
}
