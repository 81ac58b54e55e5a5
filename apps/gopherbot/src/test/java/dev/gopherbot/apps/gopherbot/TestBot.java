package dev.gopherbot.apps.gopherbot;

import dev.gopherbot.app.App;
import dev.gopherbot.app.AppContext;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.consumer.ConsumerFixture;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The community bot in a real consumer (the consumer's fixture: real Redis, the fake Slack), as tests start it. */
final class TestBot {
    private TestBot() {
    }

    /** The bot, with a test's own registrations added to it (so help lists them, duplicates collide). */
    static App with(Consumer<AppContext> extra) {
        return App.of(GopherbotApp.NAME, app -> {
            new GopherbotApp().define(app);
            extra.accept(app);
        });
    }

    static ConsumerFixture start() {
        return start(Map.of());
    }

    static ConsumerFixture start(Map<String, String> overrides) {
        return start(overrides, app -> { });
    }

    static ConsumerFixture start(Map<String, String> overrides, Consumer<AppContext> extra) {
        return new ConsumerFixture().start(overrides, List.of(with(extra)));
    }

    /** The bot's own key space in the fixture's Redis (channel cache, suggestions). */
    static Keys keys(ConsumerFixture bot) {
        return bot.keys.forApp(GopherbotApp.NAME);
    }
}
