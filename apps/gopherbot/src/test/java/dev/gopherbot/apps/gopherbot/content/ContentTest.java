package dev.gopherbot.apps.gopherbot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.host.ProcessServices;
import dev.gopherbot.app.registry.Registration;
import dev.gopherbot.app.registry.Registry;
import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.redis.Keys;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped data files are valid, and a contributor's mistake is reported with the file, entry and rule. */
class ContentTest {
    private static final String NO_RESPONSES = "[]";
    private static final String NO_REACTIONS = "[]";

    /** A fresh app to register into, as an app's {@code define} would. */
    private static AppDefinition.Builder app() {
        return AppDefinition.builder("test", ProcessServices.offline(new Env(Map.of()), new Keys("test:")));
    }

    private static Registry shipped() {
        AppDefinition.Builder app = app();
        Content.register(app.context());
        return app.build().registry();
    }

    @Test
    void theShippedDataFilesAreValid() {
        Registry registry = shipped();
        assertFalse(registry.reactions().isEmpty());
        assertFalse(registry.commands().isEmpty());
        assertFalse(registry.responses().isEmpty());
    }

    @Test
    void myAdorableLittleGophersReactsWithTheGopherEmoji() {
        Registry registry = shipped();
        Registration.ReactionReg gopher = registry.reactions().stream()
                .filter(r -> r.triggers().contains("my adorable little gophers")).findFirst().orElseThrow();
        assertEquals(List.of("gopher"), gopher.emoji());
        assertEquals(Registration.When.ALWAYS, gopher.when());
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `- triggers: [gopher]\n  emojis: [gopher]`                       | reactions.yaml: entry 1 ("gopher"): unknown field "emojis" (expected chance, description, emoji, triggers, when)
            `- triggers: [gopher]`                                           | reactions.yaml: entry 1 ("gopher"): "emoji" is missing
            `- emoji: [gopher]`                                              | reactions.yaml: entry 1: "triggers" is missing
            `- triggers: [gopher]\n  emoji: [":gopher:"]`                    | reactions.yaml: entry 1 ("gopher"): write emoji without colons: "gopher"
            `- triggers: [gopher]\n  emoji: [gopher]\n  when: sometimes`     | "when" must be always, mentioned or random, not "sometimes"
            `- triggers: [gopher]\n  emoji: [gopher]\n  when: random`        | with when: random, "chance" must be a number above 0 and at most 1
            `- triggers: [gopher]\n  emoji: [gopher]\n  chance: 0.5`         | "chance" only applies with when: random
            `- triggers: [gopher, ""]\n  emoji: [gopher]`                    | "triggers" has an empty item
            `- triggers: [gopher]\n  emoji: [Gopher Face]`                   | reaction "gopher" (reactions.yaml entry 1): emoji "Gopher Face" is not an emoji name
            `triggers: gopher`                                               | reactions.yaml: expected a list of entries
            `- triggers: [gopher\n  emoji: x`                                | reactions.yaml: not valid YAML
            `- triggers: [gopher]\n  emoji: [gopher]\n- triggers: [Gopher]\n  emoji: [x]` | reaction trigger "gopher" is registered twice: by reaction "gopher" (reactions.yaml entry 1) and by reaction "Gopher" (reactions.yaml entry 2)
            """)
    void reactionMistakesAreNamed(String yaml, String expected) {
        assertProblem(expected, yaml.replace("\\n", "\n"), NO_RESPONSES);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `- command: tour\n  description: d`                                 | responses.yaml: entry 1 ("tour"): "text" is missing
            `- command: tour\n  text: t`                                        | responses.yaml: entry 1 ("tour"): "description" is missing
            `- description: d\n  text: t`                                       | give either "command" (answered when asked exactly) or "contains" (answered to any message containing it), not neither
            `- command: a\n  contains: [b]\n  description: d\n  text: t`       | not both
            `- contains: [b]\n  aliases: [c]\n  description: d\n  text: t`     | "aliases" only applies to a "command"
            `- command: tour\n  description: d\n  text: t\n  unfurl: maybe`     | "unfurl" must be true or false
            `- command: tour\n  description: d\n  text: t\n  alias: [x]`        | unknown field "alias" (expected aliases, command, contains, description, text, unfurl)
            `- command: tour\n  description: d\n  text: t\n- command: x\n  aliases: [Tour]\n  description: d\n  text: t` | command or alias "tour" is registered twice: by command "tour" (responses.yaml entry 1) and by command "x" (responses.yaml entry 2)
            """)
    void responseMistakesAreNamed(String yaml, String expected) {
        assertProblem(expected, NO_REACTIONS, yaml.replace("\\n", "\n"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        var e = assertThrows(ConfigException.class, () -> Content.register(app().context(), "reactions.yaml",
                "- triggers: [a]\n- emoji: [b]\n", "responses.yaml", "- command: c\n"));
        assertEquals(4, e.problems().size(), String.join("\n", e.problems()));
    }

    private static void assertProblem(String expected, String reactions, String responses) {
        var e = assertThrows(ConfigException.class,
                () -> Content.register(app().context(), "reactions.yaml", reactions, "responses.yaml", responses));
        assertTrue(e.problems().stream().anyMatch(p -> p.contains(expected)),
                "expected a problem containing <" + expected + "> but got:\n" + String.join("\n", e.problems()));
    }
}
