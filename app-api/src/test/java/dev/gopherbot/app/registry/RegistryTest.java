package dev.gopherbot.app.registry;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.AppContext;
import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.Feature;
import dev.gopherbot.app.handler.MessageHandler;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.handler.PrefixHandler;
import dev.gopherbot.app.host.ProcessServices;
import dev.gopherbot.app.slack.Post;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.redis.Keys;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryTest {
    private static final MessageHandler NOTHING = ctx -> Outcome.done();
    private static final PrefixHandler NO_PREFIX = (ctx, arg) -> Outcome.done();

    private final AppDefinition.Builder builder = AppDefinition.builder("test",
            ProcessServices.offline(new Env(Map.of()), new Keys("test:")));
    private final AppContext app = builder.context();
    private final Registry registry = builder.definition().registry();

    @Test
    void anAliasTakenByAnotherCommandFailsNamingBothRegistrations() {
        app.add("responses.yaml entry 1", r -> r.command("code of conduct", List.of("coc"), "d", NOTHING));
        var e = assertThrows(DuplicateRegistrationException.class,
                () -> app.add("Conduct", r -> r.command("conduct", List.of("CoC"), "d", NOTHING)));
        assertAll(() -> assertTrue(e.getMessage().contains("\"coc\""), e.getMessage()),
                () -> assertTrue(e.getMessage().contains("command \"code of conduct\" (responses.yaml entry 1)")),
                () -> assertTrue(e.getMessage().contains("command \"conduct\" (Conduct)")));
    }

    @Test
    void aCommandNameEqualToAnotherCommandsAliasIsADuplicate() {
        app.add("A", r -> r.command("flip a coin", List.of("coin flip"), "d", NOTHING));
        assertThrows(DuplicateRegistrationException.class,
                () -> app.add("B", r -> r.command("Coin  Flip", "d", NOTHING)));
    }

    @Test
    void aReactionTriggerCanBeClaimedOnceIgnoringCaseAndSpaces() {
        app.add("reactions.yaml entry 1", r -> r.reaction(List.of("beer me"), List.of("beer"), "d"));
        var e = assertThrows(DuplicateRegistrationException.class, () -> app.add("reactions.yaml entry 7",
                r -> r.reactionWhenMentioned(List.of("Beer   Me"), List.of("beers"), "d")));
        assertTrue(e.getMessage().contains("reactions.yaml entry 1") && e.getMessage().contains("entry 7"));
    }

    @Test
    void aReactionAndAResponseMayShareATrigger() {
        app.add("x", r -> r.reaction(List.of("tableflip"), List.of("table"), "d"));
        app.add("y", r -> r.response(List.of("tableflip"), Post.text("┬─┬"), "d"));
        assertEquals(1, registry.responses().size());
    }

    @Test
    void aResponseTriggerCanBeClaimedOnce() {
        app.add("x", r -> r.response(List.of("tableflip"), Post.text("a"), "d"));
        assertThrows(DuplicateRegistrationException.class,
                () -> app.add("y", r -> r.response(List.of("other", "TableFlip"), Post.text("b"), "d")));
    }

    @Test
    void aPrefixThatStartsAnotherIsAmbiguous() {
        app.add("Xkcd", r -> r.prefix("xkcd:", "xkcd:<number>", "d", NO_PREFIX));
        var e = assertThrows(DuplicateRegistrationException.class,
                () -> app.add("X", r -> r.prefix("xk", "xk<thing>", "d", NO_PREFIX)));
        assertTrue(e.getMessage().contains("(Xkcd)") && e.getMessage().contains("(X)"), e.getMessage());
    }

    @Test
    void matcherAndJoinHandlerNamesAreUnique() {
        app.add("A", r -> r.matcher("code", "d", m -> true, NOTHING));
        app.add("A", r -> r.onTeamJoin("welcome", "d", ctx -> Outcome.done()));
        assertThrows(DuplicateRegistrationException.class,
                () -> app.add("B", r -> r.matcher("code", "d", m -> true, NOTHING)));
        assertThrows(DuplicateRegistrationException.class,
                () -> app.add("B", r -> r.onTeamJoin("welcome", "d", ctx -> Outcome.done())));
        app.add("B", r -> r.onChannelJoin("welcome", Set.of("C0NEWBIES"), "d", ctx -> Outcome.done()));
    }

    @Test
    void invalidRegistrationsNameTheRegistrationAndTheProblem() {
        assertAll(
                () -> assertProblem("emoji \":gopher:\" is not an emoji name",
                        r -> r.reaction(List.of("gopher"), List.of(":gopher:"), "d")),
                () -> assertProblem("chance must be above 0",
                        r -> r.reactionByChance(List.of("ship it"), List.of("rocket"), 0, "d")),
                () -> assertProblem("the description is empty", r -> r.command("help", " ", NOTHING)),
                () -> assertProblem("no trigger given", r -> r.reaction(List.of(), List.of("x"), "d")),
                () -> assertProblem("alias \"Help\" repeats", r -> r.command("help", List.of("Help"), "d", NOTHING)),
                () -> assertProblem("no channels given", r -> r.onChannelJoin("w", Set.of(), "d", c -> null)));
    }

    @Test
    void registeringAfterStartupIsRefused() {
        registry.freeze();
        assertThrows(IllegalStateException.class, () -> app.add("late", r -> r.command("x", "d", NOTHING)));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → argument \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            define goroutine             | goroutine
            DEFINE    Method  Set        | Method Set
            define                       | ``
            `define   `                  | ``
            xkcd:927                     | 927
            XKCD: standards              | standards
            """)
    void prefixesMatchTheStartIgnoringCase(String text, String argument) {
        app.add("A", r -> r.prefix("define ", "define <term>", "d", NO_PREFIX));
        app.add("B", r -> r.prefix("xkcd:", "xkcd:<number>", "d", NO_PREFIX));
        Optional<Registry.PrefixMatch> match = registry.prefix(text);
        assertTrue(match.isPresent(), text);
        assertEquals(argument, match.get().argument());
    }

    @Test
    void aPrefixNeedsItsSeparator() {
        app.add("A", r -> r.prefix("define ", "define <term>", "d", NO_PREFIX));
        assertTrue(registry.prefix("definegoroutine").isEmpty());
        assertTrue(registry.prefix("please define x").isEmpty());
    }

    @Test
    void commandsAreFoundByNameOrAliasIgnoringCaseSpacesAndPunctuation() {
        app.add("A", r -> r.command("flip a coin", List.of("coin flip"), "d", NOTHING));
        assertEquals("flip a coin", registry.command("Coin   FLIP?").orElseThrow().name());
        assertEquals("flip a coin", registry.command("flip a coin!").orElseThrow().name());
        assertTrue(registry.command("flip a coin please").isEmpty());
    }

    private void assertProblem(String expected, Feature registration) {
        var e = assertThrows(IllegalArgumentException.class, () -> app.add("Origin", registration));
        assertTrue(e.getMessage().contains(expected) && e.getMessage().contains("(Origin)"), e.getMessage());
    }
}
