package dev.gopherbot.apps.gopherbot.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.gopherbot.feeds.gerrit.GerritSettings;
import dev.gopherbot.apps.gopherbot.feeds.gotime.GoTimeSettings;
import dev.gopherbot.apps.gopherbot.feeds.mastodon.MastodonSettings;
import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedSettingsTest {

    @Test
    void byDefaultEveryFeedIsOffWithTheOriginalsSources() {
        Env env = new Env(Map.of());

        GerritSettings gerrit = GerritSettings.from(env);
        GoTimeSettings goTime = GoTimeSettings.from(env);
        MastodonSettings mastodon = MastodonSettings.from(env);
        env.check();

        assertEquals("https://go-review.googlesource.com", gerrit.url().toString());
        assertEquals("status:merged", gerrit.query());
        assertEquals(Duration.ofMinutes(1), gerrit.feed().interval());
        assertEquals(Duration.ofMinutes(30), goTime.window());
        assertEquals("109349735213354404", mastodon.accountId());
        assertFalse(gerrit.feed().enabled());
        assertFalse(goTime.feed().enabled());
        assertFalse(mastodon.feed().enabled());
    }

    @Test
    void aFeedIsEnabledByItsChannelAndReadsItsOwnSchedule() {
        Env env = new Env(Map.of("GERRIT_CHANNEL", "#golang-cls", "GERRIT_INTERVAL", "30s", "GERRIT_MAX_AGE", "2h",
                "GERRIT_URL", "https://gerrit.example.org/"));

        GerritSettings gerrit = GerritSettings.from(env);
        env.check();

        assertTrue(gerrit.feed().enabled());
        assertEquals("#golang-cls", gerrit.feed().channel());
        assertEquals(Duration.ofSeconds(30), gerrit.feed().interval());
        assertEquals(Duration.ofHours(2), gerrit.feed().maxAge());
        assertEquals("https://gerrit.example.org", gerrit.url().toString(), "trailing slash dropped");
    }

    @Test
    void everyInvalidSettingIsReportedOnItsOwnLine() {
        Map<String, String> vars = new HashMap<>();
        vars.put("GERRIT_URL", "not a url");
        vars.put("MASTODON_ACCOUNT_ID", "@gotime");
        vars.put("GOTIME_INTERVAL", "10ms");
        Env env = new Env(vars);
        GerritSettings.from(env);
        GoTimeSettings.from(env);
        MastodonSettings.from(env);

        ConfigException e = assertThrows(ConfigException.class, env::check);

        List<String> problems = e.problems();
        assertEquals(3, problems.size(), String.join("\n", problems));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("GERRIT_URL=not a url is invalid")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("MASTODON_ACCOUNT_ID=@gotime is invalid")));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("GOTIME_INTERVAL=10ms is invalid")));
    }
}
