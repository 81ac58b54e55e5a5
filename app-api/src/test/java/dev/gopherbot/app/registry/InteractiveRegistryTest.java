package dev.gopherbot.app.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.handler.InteractionHandler;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.handler.SlashHandler;
import dev.gopherbot.app.registry.InteractiveRegistry.On;
import java.util.List;
import org.junit.jupiter.api.Test;

class InteractiveRegistryTest {
    private static final SlashHandler SLASH = ctx -> Outcome.done();
    private static final InteractionHandler CLICK = ctx -> Outcome.done();

    @Test
    void aSubcommandClaimedTwiceFailsNamingBothRegistrations() {
        InteractiveRegistry registry = new InteractiveRegistry(List.of("help"));
        registry.add("First", r -> r.slash("help", "help", "lists", SLASH));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> registry.add("Second", r -> r.slash("help", "help", "lists again", SLASH)));

        assertTrue(e.getMessage().contains("First") && e.getMessage().contains("Second"), e.getMessage());
    }

    @Test
    void aSubcommandTheGatewayDoesNotKnowIsRefusedWithTheFix() {
        InteractiveRegistry registry = new InteractiveRegistry(List.of("help"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> registry.add("Feature", r -> r.slash("frobnicate", "frobnicate", "does things", SLASH)));

        assertTrue(e.getMessage().contains("SlashCatalog"), e.getMessage());
    }

    @Test
    void aCatalogedSubcommandWithoutHandlerFailsAtFreeze() {
        InteractiveRegistry registry = new InteractiveRegistry(List.of("help", "define"));
        registry.add("Feature", r -> r.slash("help", "help", "lists", SLASH));

        IllegalStateException e = assertThrows(IllegalStateException.class, registry::freeze);

        assertTrue(e.getMessage().contains("\"define\""), e.getMessage());
    }

    @Test
    void anActionIdClaimedTwiceFailsButTheSameIdMayBeASubmissionToo() {
        InteractiveRegistry registry = new InteractiveRegistry(List.of());
        registry.add("A", r -> r.onAction("approve", "approves", CLICK));
        registry.add("B", r -> r.onSubmission("approve", "a modal of that name", CLICK));

        assertThrows(IllegalStateException.class, () -> registry.add("C", r -> r.onAction("approve", "x", CLICK)));
        assertEquals("action:approve", registry.interaction(On.ACTION, "approve").orElseThrow().handlerName());
        assertEquals("submission:approve", registry.interaction(On.SUBMISSION, "approve").orElseThrow()
                .handlerName());
    }

    @Test
    void registeringAfterFreezeIsRefused() {
        InteractiveRegistry registry = new InteractiveRegistry(List.of());
        registry.freeze();

        assertThrows(IllegalStateException.class, () -> registry.add("Late", r -> r.onShortcut("x", "late", CLICK)));
    }

    @Test
    void aRegistrationWithoutDescriptionIsRefused() {
        InteractiveRegistry registry = new InteractiveRegistry(List.of("help"));
        assertThrows(IllegalArgumentException.class, () -> registry.add("X", r -> r.slash("help", "help", " ", SLASH)));
        assertThrows(IllegalArgumentException.class, () -> registry.add("X", r -> r.onAction("a", "", CLICK)));
    }

    @Test
    void subcommandsAreListedInCatalogOrder() {
        InteractiveRegistry registry = new InteractiveRegistry(List.of("help", "define", "suggest"));
        registry.add("X", r -> {
            r.slash("suggest", "suggest", "s", SLASH);
            r.slash("help", "help", "h", SLASH);
            r.slash("define", "define <term>", "d", SLASH);
        });
        registry.freeze();

        assertEquals(List.of("help", "define", "suggest"), registry.slashCommands().stream()
                .map(InteractiveRegistry.SlashReg::subcommand).toList());
    }
}
