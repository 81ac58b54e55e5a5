package dev.gopherbot.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.common.config.ConfigException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The consumer refuses to start with a clear message rather than half-working. */
class StartupIT {
    @Test
    void aDuplicateRegistrationIsRejectedAtStartupNamingBothRegistrations() {
        try (ConsumerFixture bot = new ConsumerFixture()) {
            var e = assertThrows(ConfigException.class, () -> bot.start(Map.of(),
                    app -> app.add("StartupIT", r -> r.command("helper", List.of("HELP"), "dup",
                            ctx -> Outcome.done()))));
            String problem = e.problems().getFirst();
            assertTrue(problem.startsWith("chat: ") && problem.contains("command \"help\" (ChatApp)")
                    && problem.contains("command \"helper\" (StartupIT)"), problem);
        }
    }

    @Test
    void aTokenSlackRefusesStopsTheStartNamingTheSetting() {
        try (ConsumerFixture bot = new ConsumerFixture()) {
            var e = assertThrows(ConfigException.class,
                    () -> bot.start(Map.of("SLACK_BOT_TOKEN", "xoxb-wrong"), app -> { }));
            assertEquals("the bot token of app \"chat\" was refused by Slack (auth.test: invalid_auth)",
                    e.problems().getFirst());
        }
    }
}
