package dev.gopherbot.common.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gopherbot.common.stream.StreamKind;
import org.junit.jupiter.api.Test;

class KeysTest {
    private final Keys keys = new Keys("gopherbot:");

    @Test
    void streamKeysCarryTheirKindAsARedisClusterHashTag() {
        assertEquals("gopherbot:stream:{message.public}", keys.stream(StreamKind.MESSAGE_PUBLIC));
        assertEquals("gopherbot:stream:{team_join}:dead", keys.deadLetters(StreamKind.TEAM_JOIN));
        assertEquals("gopherbot:seen:{message.private}:Ev1", keys.seen(StreamKind.MESSAGE_PRIVATE, "Ev1"));
        assertEquals("gopherbot:done:{command}:Ev2:define", keys.effectDone(StreamKind.COMMAND, "Ev2", "define"));
    }

    @Test
    void everyKeyStartsWithTheConfiguredPrefix() {
        Keys other = new Keys("bot2:");

        assertEquals("bot2:stream:{interaction}", other.stream(StreamKind.INTERACTION));
        assertEquals("bot2:heartbeat:consumer:web.1", other.heartbeat("consumer", "web.1"));
        assertEquals("bot2:channels:by-name", other.of("channels:by-name"));
    }
}
