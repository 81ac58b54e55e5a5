package dev.gopherbot.consumer.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.stream.StreamKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadPlanTest {
    private static final List<StreamKind> SIX = List.of(StreamKind.command("chat"), StreamKind.interaction("chat"),
            StreamKind.messagePublic("chat"), StreamKind.messagePrivate("chat"), StreamKind.event("chat", "team_join"),
            StreamKind.event("chat", "member_joined_channel"));

    @ParameterizedTest(name = "{0} slots over six streams read at most {0} entries")
    @CsvSource({"1", "2", "5", "6", "7", "11", "12", "16", "256"})
    void aReadNeverAsksForMoreEntriesThanThereAreSlots(int slots) {
        for (int turn = 0; turn < 12; turn++) {
            ReadPlan plan = ReadPlan.of(SIX, slots, turn);
            assertTrue(plan.max() <= slots, plan + " for " + slots + " slots");
            assertTrue(plan.max() >= Math.min(slots, SIX.size()), "no slot left unused needlessly: " + plan);
        }
    }

    @Test
    void withFewerSlotsThanStreamsEveryStreamIsReadInTurn() {
        Set<StreamKind> read = new HashSet<>();
        int turn = 0;
        for (int i = 0; i < SIX.size(); i++) {
            ReadPlan plan = ReadPlan.of(SIX, 1, turn);
            read.addAll(plan.kinds());
            turn += plan.kinds().size();
        }
        assertEquals(Set.copyOf(SIX), read);
    }

    @Test
    void noSlotsMeansNoRead() {
        assertEquals(0, ReadPlan.of(SIX, 0, 3).max());
    }
}
