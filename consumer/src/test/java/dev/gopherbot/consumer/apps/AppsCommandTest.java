package dev.gopherbot.consumer.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gopherbot.app.App;
import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.host.ProcessServices;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.redis.Keys;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppsCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AppsCommand command = new AppsCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void eachAppIsOneLineWithItsDatabaseNeedAndItsSlashCommandsSorted() {
        AppDefinition quiet = define(App.of("quiet", app -> { }));
        AppDefinition busy = define(App.of("busy", app -> {
            app.database();
            app.add(r -> {
                r.slash("/zeta", "go", "go", "goes", ctx -> Outcome.done());
                r.slash("/alpha", "new", "new", "creates", ctx -> Outcome.done());
                r.slash("/alpha", "list", "list", "lists", ctx -> Outcome.done());
            });
        }));

        assertEquals(0, command.run(List.of(), List.of(quiet, busy)));

        assertEquals("quiet database=no commands=-\nbusy database=yes commands=/alpha,/zeta\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anArgumentIsABadUsage() {
        assertEquals(2, command.run(List.of("--verbose"), List.of()));

        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertEquals("apps: takes no arguments; usage: java -jar consumer.jar apps\n",
                err.toString(StandardCharsets.UTF_8));
    }

    private static AppDefinition define(App app) {
        return AppDefinition.define(app, ProcessServices.offline(new Env(Map.of()), new Keys("test:")));
    }
}
