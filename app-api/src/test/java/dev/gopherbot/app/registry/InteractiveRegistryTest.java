package dev.gopherbot.app.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.AppContext;
import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.handler.InteractionHandler;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.handler.SlashHandler;
import dev.gopherbot.app.host.ProcessServices;
import dev.gopherbot.app.registry.InteractiveRegistry.On;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.redis.Keys;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InteractiveRegistryTest {
    private static final SlashHandler SLASH = ctx -> Outcome.done();
    private static final InteractionHandler CLICK = ctx -> Outcome.done();

    private final AppDefinition.Builder builder = AppDefinition.builder("test",
            ProcessServices.offline(new Env(Map.of()), new Keys("test:")));
    private final AppContext app = builder.context();
    private final InteractiveRegistry registry = builder.definition().interactive();

    @Test
    void aSubcommandClaimedTwiceFailsNamingBothRegistrations() {
        app.add("First", r -> r.slash("/x", "help", "help", "lists", SLASH));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> app.add("Second", r -> r.slash("/x", "help", "help", "lists again", SLASH)));

        assertTrue(e.getMessage().contains("First") && e.getMessage().contains("Second"), e.getMessage());
    }

    @Test
    void twoCommandsMayHaveASubcommandOfTheSameName() {
        app.add("A", r -> r.slash("/one", "help", "help", "lists", SLASH));
        app.add("B", r -> r.slash("/two", "help", "help", "lists", SLASH));

        assertEquals(Set.of("/one", "/two"), registry.commands());
        assertEquals("slash:two:help", registry.slash("/two", "help").orElseThrow().handlerName());
    }

    @Test
    void aCommandMustLookLikeASlashCommand() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> app.add("Feature", r -> r.slash("gopher", "help", "help", "lists", SLASH)));

        assertTrue(e.getMessage().contains("e.g. /gopher"), e.getMessage());
    }

    @Test
    void anActionIdClaimedTwiceFailsButTheSameIdMayBeASubmissionToo() {
        app.add("A", r -> r.onAction("approve", "approves", CLICK));
        app.add("B", r -> r.onSubmission("approve", "a modal of that name", CLICK));

        assertThrows(IllegalStateException.class, () -> app.add("C", r -> r.onAction("approve", "x", CLICK)));
        assertEquals("action:approve", registry.interaction(On.ACTION, "approve").orElseThrow().handlerName());
        assertEquals("submission:approve", registry.interaction(On.SUBMISSION, "approve").orElseThrow()
                .handlerName());
    }

    @Test
    void registeringAfterTheDefinitionIsBuiltIsRefused() {
        builder.build();

        assertThrows(IllegalStateException.class, () -> app.add("Late", r -> r.onShortcut("x", "late", CLICK)));
    }

    @Test
    void aRegistrationWithoutDescriptionIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> app.add("X", r -> r.slash("/x", "help", "help", " ", SLASH)));
        assertThrows(IllegalArgumentException.class, () -> app.add("X", r -> r.onAction("a", "", CLICK)));
    }

    @Test
    void subcommandsAreListedInRegistrationOrder() {
        app.add("X", r -> {
            r.slash("/x", "help", "help", "h", SLASH);
            r.slash("/x", "define", "define <term>", "d", SLASH);
            r.slash("/x", "suggest", "suggest", "s", SLASH);
        });

        assertEquals(List.of("help", "define", "suggest"), registry.slashCommands("/x").stream()
                .map(InteractiveRegistry.SlashReg::subcommand).toList());
    }
}
