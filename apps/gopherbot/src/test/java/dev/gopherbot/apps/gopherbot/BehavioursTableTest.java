package dev.gopherbot.apps.gopherbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.registry.Registry;
import dev.gopherbot.apps.gopherbot.commands.Commands;
import dev.gopherbot.apps.gopherbot.content.Content;
import dev.gopherbot.apps.gopherbot.suggest.CommunityTerms;
import dev.gopherbot.apps.gopherbot.suggest.Definitions;
import dev.gopherbot.common.channels.ChannelDirectory;
import dev.gopherbot.consumer.ConsumerApp;
import dev.gopherbot.glossary.Glossary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The README's behaviours table is the registry as the consumer builds it at startup. When they differ this fails;
 * {@code -Dbehaviours.update=true} rewrites the table (and only the table) instead.
 */
class BehavioursTableTest {
    private static final Path README = Path.of("../README.md");
    static final String UPDATE = "./mvnw -q -pl consumer -am test -Dtest=BehavioursTableTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dbehaviours.update=true";

    @Test
    void theReadmeListsEveryBehaviourTheBotRegisters() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        String expected = BehavioursTable.replaceIn(readme, BehavioursTable.render(startupRegistry()));
        if (Boolean.getBoolean("behaviours.update")) {
            Files.writeString(README, expected, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(expected, readme, "README.md's behaviours table differs from the registry; to rewrite it run\n  "
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
        Registry registry = new Registry().add("BehavioursTableTest", r -> {
            r.command("a|b", "splits | nothing", ctx -> Outcome.done());
            r.onChannelJoin("w", Set.of("C2", "C1"), "greets", ctx -> Outcome.done());
        });
        String table = BehavioursTable.render(registry);
        assertTrue(table.contains("| `a\\|b` | splits \\| nothing |"), table);
        assertTrue(table.contains("| someone joins C1, C2 | greets |"), table);
    }

    /** The registry exactly as {@code ConsumerApp} builds it; nothing here is called while rendering. */
    static Registry startupRegistry() {
        Registry registry = new Registry();
        Commands.registerAll(new Commands.Tools(registry, RandomGenerator.getDefault(),
                new Definitions(Glossary.loadDefault(), CommunityTerms.NONE), ChannelDirectory.of(List.of()),
                Content.community(), Content.xkcd(), code -> {
                    throw new AssertionError("not called");
                }, (file, max) -> Optional.empty(), false));
        return registry;
    }
}
