package dev.gopherbot.apps.gopherbot.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestSettingsTest {

    @Test
    void unsetMeansSuggestionsAreDisabled() {
        Env env = new Env(Map.of());
        assertEquals(Optional.empty(), SuggestSettings.from(env).moderatorsChannel());
        env.check();
    }

    @Test
    void aChannelIdIsTaken() {
        assertEquals(Optional.of("C0MODS"), SuggestSettings.from(new Env(Map.of("MODERATORS_CHANNEL", " C0MODS ")))
                .moderatorsChannel());
    }

    @Test
    void aChannelNameIsRefusedWithAPointedProblem() {
        Env env = new Env(Map.of("MODERATORS_CHANNEL", "#moderators"));
        SuggestSettings.from(env);

        ConfigException e = assertThrows(ConfigException.class, env::check);
        assertTrue(e.problems().getFirst().startsWith("MODERATORS_CHANNEL=#moderators is invalid: expected a "
                + "channel id"), e.problems().toString());
    }
}
