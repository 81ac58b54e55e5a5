package dev.gopherbot.apps.ossi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.host.ProcessServices;
import dev.gopherbot.app.registry.InteractiveRegistry;
import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.redis.Keys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Defining the app connects nowhere and reads its settings strictly. */
class OssiAppTest {
    private static final Map<String, String> SETTINGS = Map.of("OSSI_MANAGEMENT_CHANNEL", "G0MGMT",
            "OSSI_PUBLIC_CHANNEL", "C0PUBLIC");

    @Test
    void theAppDeclaresItsSubcommandsAJobOnTheFirstAndItsDatabaseWithoutConnecting() {
        AppDefinition app = define(SETTINGS);

        assertEquals(List.of("new", "list", "report", "help"), app.interactive().slashCommands(OssiApp.COMMAND)
                .stream().map(InteractiveRegistry.SlashReg::subcommand).toList());
        assertEquals("monthly 1 09:00 Europe/Helsinki", app.jobs().getFirst().schedule().toString());
        assertTrue(app.usesDatabase());
        assertTrue(app.slashCheck(OssiApp.COMMAND).isPresent());
    }

    @Test
    void theReportTimeAndZoneAreSettings() {
        Map<String, String> vars = new HashMap<>(SETTINGS);
        vars.put("OSSI_TIME_ZONE", "America/New_York");
        vars.put("OSSI_REPORT_TIME", "07:30");

        assertEquals("monthly 1 07:30 America/New_York", define(vars).jobs().getFirst().schedule().toString());
    }

    @Test
    void missingOrWrongSettingsStopTheProcessNamingEachOne() {
        Env env = new Env(Map.of("OSSI_PUBLIC_CHANNEL", "#open-source", "OSSI_TIME_ZONE", "Mars/Olympus",
                "OSSI_REPORT_TIME", "9am"));
        OssiSettings.from(env);

        ConfigException e = assertThrows(ConfigException.class, env::check);
        assertEquals(4, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("OSSI_MANAGEMENT_CHANNEL is required"), e.problems().get(0));
        assertTrue(e.problems().get(1).startsWith("OSSI_PUBLIC_CHANNEL=#open-source is invalid"));
        assertTrue(e.problems().get(2).startsWith("OSSI_TIME_ZONE=Mars/Olympus is invalid"));
        assertTrue(e.problems().get(3).startsWith("OSSI_REPORT_TIME=9am is invalid"));
    }

    private static AppDefinition define(Map<String, String> vars) {
        Env env = new Env(vars);
        AppDefinition app = AppDefinition.define(new OssiApp(), ProcessServices.offline(env, new Keys("t:")));
        env.check();
        return app;
    }
}
