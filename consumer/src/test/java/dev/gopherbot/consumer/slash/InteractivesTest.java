package dev.gopherbot.consumer.slash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.interactive.SlashCatalog;
import dev.gopherbot.common.interactive.SuggestForm;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.consumer.interactions.InteractiveRegistry;
import dev.gopherbot.consumer.interactions.InteractiveRegistry.On;
import dev.gopherbot.consumer.suggest.Definitions;
import dev.gopherbot.consumer.suggest.SuggestSettings;
import dev.gopherbot.consumer.suggest.SuggestionStore;
import dev.gopherbot.glossary.Glossary;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The built-in features register cleanly, cover the gateway's catalog, and help lists them all. */
class InteractivesTest {

    @Test
    void everyCatalogedSubcommandIsRegisteredAndListedByHelp() {
        InteractiveRegistry registry = registry();

        assertEquals(SlashCatalog.SUBCOMMANDS, registry.slashCommands().stream()
                .map(InteractiveRegistry.SlashReg::subcommand).toList());
        String help = SlashHelp.text(registry);
        for (String sub : SlashCatalog.SUBCOMMANDS) {
            assertTrue(help.contains("`/gopher " + sub), help);
        }
        assertTrue(help.contains("`/gopher define <term>`: Explains"), help);
    }

    @Test
    void theSuggestFormAndItsButtonsHaveHandlers() {
        InteractiveRegistry registry = registry();

        assertTrue(registry.interaction(On.SUBMISSION, SuggestForm.CALLBACK_ID).isPresent());
        assertTrue(registry.interaction(On.ACTION, "suggest_approve").isPresent());
        assertTrue(registry.interaction(On.ACTION, "suggest_decline").isPresent());
    }

    private static InteractiveRegistry registry() {
        InteractiveRegistry registry = new InteractiveRegistry();
        Glossary glossary = Glossary.loadDefault();
        // registration touches no Redis: the store is only used by handlers
        SuggestionStore store = new SuggestionStore(null, new Keys("test:"));
        Interactives.all(new Interactives.Tools(registry, glossary, new Definitions(glossary, store), store,
                new SuggestSettings(Optional.of("C0MODS")), Clock.systemUTC())).forEach(registry::add);
        registry.freeze();
        return registry;
    }
}
