package dev.gopherbot.systemtests.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.testkit.slack.Call;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EffectAuditTest {
    private final EffectAudit audit = new EffectAudit();

    @BeforeEach
    void twoEvents() {
        audit.expectReaction("Ev1", "C0GENERAL", "1.000100");
        audit.expectPost("Ev2", "answer", "D0ALICE");
    }

    @Test
    void retriedCallsAroundOneProcessedCallAreOneEffect() {
        var verdict = audit.judge(List.of(react(429, null), react(500, null), react(200, null),
                post("D0ALICE", 429), post("D0ALICE", 200), post("D0SOMEONE", 200)));

        assertTrue(verdict.exactlyOnce(), verdict.summary());
        assertEquals(5, verdict.calls(), "the post in another DM belongs to no event");
        assertEquals(2, verdict.rateLimited());
    }

    @Test
    void aSecondPostIsCaughtEvenWhenTheFirstCallsFailed() {
        var verdict = audit.judge(List.of(react(200, null), post("D0ALICE", 500), post("D0ALICE", 200),
                post("D0ALICE", 200)));

        assertFalse(verdict.exactlyOnce());
        assertEquals(1, verdict.twice().size());
        assertTrue(verdict.twice().getFirst().startsWith("Ev2"), verdict.twice().toString());
    }

    @Test
    void aRepeatedReactionSlackRefusesAsAlreadyReactedIsASecondRun() {
        var verdict = audit.judge(List.of(react(200, null), react(200, "already_reacted"), post("D0ALICE", 200)));

        assertEquals(1, verdict.twice().size());
        assertEquals(1, verdict.refused());
    }

    @Test
    void anEventWhoseCallsAllFailedHadNoEffect() {
        var verdict = audit.judge(List.of(react(429, null), react(500, null), post("D0ALICE", 200)));

        assertEquals(List.of("Ev1"), verdict.none());
    }

    private static Call react(int status, String error) {
        return new Call("reactions.add", Map.of("channel", "C0GENERAL", "timestamp", "1.000100", "name", "gopher"),
                status, error);
    }

    private static Call post(String channel, int status) {
        return new Call("chat.postMessage", Map.of("channel", channel, "text", "hi"), status, null);
    }
}
