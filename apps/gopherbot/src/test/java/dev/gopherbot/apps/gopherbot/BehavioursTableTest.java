package dev.gopherbot.apps.gopherbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.App;
import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.host.ProcessServices;
import dev.gopherbot.app.registry.Registry;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.redis.Keys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The README's behaviours table is the registry as the consumer builds it at startup, and its parity table is
 * {@code parity.yaml}. When either differs this fails; {@code -Dbehaviours.update=true} rewrites the tables (and only
 * the tables) instead.
 */
class BehavioursTableTest {
    private static final Path README = Path.of("../../README.md");
    static final String UPDATE = "./mvnw -q -pl apps/gopherbot -am test -Dtest=BehavioursTableTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dbehaviours.update=true";

    @Test
    void theReadmeListsEveryBehaviourTheBotRegisters() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String expected = ParityTable.replaceIn(BehavioursTable.replaceIn(readme,
                BehavioursTable.render(startupRegistry())), ParityTable.render(ParityTable.rows()));
        if (Boolean.getBoolean("behaviours.update")) {
            Files.writeString(README, expected, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(expected, readme, "README.md's behaviours or parity table differs from the registry or "
                + "parity.yaml; to rewrite them run\n  "
                + UPDATE + "\n");
    }

    @Test
    void theTableHasARowPerRegistrationSortedTheSameWayEveryTime() {
        Registry registry = startupRegistry();
        String table = BehavioursTable.render(registry);
        long rows = table.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| trigger ")).count();
        int registrations = registry.commands().size() + registry.prefixes().size() + registry.responses().size()
                + registry.reactions().size() + registry.matchers().size() + registry.teamJoins().size()
                + registry.channelJoins().size();
        assertEquals(registrations, rows);
        assertEquals(table, BehavioursTable.render(startupRegistry()));
        assertTrue(table.indexOf("| `flip a coin`") < table.indexOf("| `tour`"), "commands sorted by name");
    }

    @Test
    void aPipeInATriggerDoesNotBreakTheTable() {
        AppDefinition app = AppDefinition.define(App.of("test", a -> a.add("BehavioursTableTest", r -> {
            r.command("a|b", "splits | nothing", ctx -> Outcome.done());
            r.onChannelJoin("w", Set.of("C2", "C1"), "greets", ctx -> Outcome.done());
        })), offline());
        String table = BehavioursTable.render(app.registry());
        assertTrue(table.contains("| `a\\|b` | splits \\| nothing |"), table);
        assertTrue(table.contains("| someone joins C1, C2 | greets |"), table);
    }

    /** The registry exactly as every process builds it at startup; nothing here connects or is called. */
    static Registry startupRegistry() {
        return AppDefinition.define(new GopherbotApp(), offline()).registry();
    }

    private static ProcessServices offline() {
        return ProcessServices.offline(new Env(Map.of()), new Keys("test:"));
    }
}
