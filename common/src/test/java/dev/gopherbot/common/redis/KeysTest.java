package dev.gopherbot.common.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gopherbot.common.stream.StreamKind;
import org.junit.jupiter.api.Test;

class KeysTest {
    private final Keys keys = new Keys("gopherbot:");

    @Test
    void streamKeysCarryTheirAppAndKindAsARedisClusterHashTag() {
        assertEquals("gopherbot:stream:{gopherbot.message.public}",
                keys.stream(StreamKind.messagePublic("gopherbot")));
        assertEquals("gopherbot:stream:{ossi.team_join}:dead", keys.deadLetters(StreamKind.event("ossi", "team_join")));
        assertEquals("gopherbot:seen:{gopherbot.message.private}:Ev1",
                keys.seen(StreamKind.messagePrivate("gopherbot"), "Ev1"));
        assertEquals("gopherbot:done:{ossi.command}:Ev2:define",
                keys.effectDone(StreamKind.command("ossi"), "Ev2", "define"));
    }

    @Test
    void everyKeyStartsWithTheConfiguredPrefix() {
        Keys other = new Keys("bot2:");

        assertEquals("bot2:stream:{x.interaction}", other.stream(StreamKind.interaction("x")));
        assertEquals("bot2:heartbeat:consumer:web.1", other.heartbeat("consumer", "web.1"));
        assertEquals("bot2:channels:by-name", other.of("channels:by-name"));
    }

    @Test
    void anAppsOwnKeysLiveUnderItsName() {
        assertEquals("bot2:ossi:channels:by-name", new Keys("bot2:").forApp("ossi").of("channels:by-name"));
    }
}
