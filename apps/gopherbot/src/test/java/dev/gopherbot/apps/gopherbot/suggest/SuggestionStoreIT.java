package dev.gopherbot.apps.gopherbot.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.glossary.Term;
import dev.gopherbot.testkit.redis.RedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The store's scripts against a real redis-server: one transition per suggestion, one owner per name. */
class SuggestionStoreIT {
    private static RedisServer redis;
    private static RedisClient client;
    private static StatefulRedisConnection<String, String> connection;
    private static SuggestionStore store;
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @BeforeAll
    static void start() {
        redis = RedisServer.startEphemeral();
        client = RedisClient.create(redis.url());
        connection = client.connect();
        store = new SuggestionStore(connection.sync(), new Keys("store-test:"));
    }

    @AfterAll
    static void stop() {
        connection.close();
        client.shutdown();
        redis.close();
    }

    @BeforeEach
    void reset() {
        redis.flushAll();
    }

    @RepeatedTest(5)
    void sixteenModeratorsClickingAtOnceMakeExactlyOneTransition() throws Exception {
        store.create(pending("S1", "goroutine leak", "leaked goroutine"));
        int clicks = 16;
        CountDownLatch go = new CountDownLatch(1);
        List<Callable<SuggestionStore.Decision>> tasks = new ArrayList<>();
        for (int i = 0; i < clicks; i++) {
            Status to = i % 2 == 0 ? Status.APPROVED : Status.DECLINED;
            String moderator = "U0MOD" + i;
            String click = "click-" + i;
            tasks.add(() -> {
                go.await();
                return store.decide("S1", to, moderator, NOW, click);
            });
        }
        List<Future<SuggestionStore.Decision>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            tasks.forEach(t -> results.add(pool.submit(t)));
            go.countDown();
        }

        List<SuggestionStore.Decision> decisions = new ArrayList<>();
        for (Future<SuggestionStore.Decision> r : results) {
            decisions.add(r.get());
        }
        List<SuggestionStore.Decision> won = decisions.stream()
                .filter(d -> d instanceof SuggestionStore.Decision.Decided).toList();
        assertEquals(1, won.size());
        assertEquals(clicks - 1, decisions.stream()
                .filter(d -> d instanceof SuggestionStore.Decision.AlreadyDecided).count());
        Suggestion decided = ((SuggestionStore.Decision.Decided) won.getFirst()).suggestion();
        Suggestion stored = store.get("S1").orElseThrow();
        assertEquals(decided.status(), stored.status());
        assertEquals(decided.decidedBy(), stored.decidedBy());
        assertEquals(decided.status() == Status.APPROVED ? 1 : 0, store.approved().size());
    }

    @Test
    void theSameClickDeliveredAgainFindsItsOwnDecision() {
        store.create(pending("S1", "goroutine leak"));

        assertInstanceOf(SuggestionStore.Decision.Decided.class,
                store.decide("S1", Status.APPROVED, "U0BOB", NOW, "click-1"));
        assertInstanceOf(SuggestionStore.Decision.Decided.class,
                store.decide("S1", Status.APPROVED, "U0BOB", NOW, "click-1"));
        SuggestionStore.Decision other = store.decide("S1", Status.DECLINED, "U0CAROL", NOW, "click-2");

        Suggestion s = assertInstanceOf(SuggestionStore.Decision.AlreadyDecided.class, other).suggestion();
        assertEquals(Status.APPROVED, s.status());
        assertEquals("U0BOB", s.decidedBy().orElseThrow());
        assertEquals(NOW, s.decidedAt().orElseThrow());
    }

    @Test
    void aNameBelongsToOneSuggestionAndComparesAsTheGlossaryDoes() {
        assertInstanceOf(SuggestionStore.Created.Stored.class, store.create(pending("S1", "Goroutine  Leak")));

        SuggestionStore.Created second = store.create(pending("S2", "leaked goroutine", "goroutine leak"));

        SuggestionStore.Created.NameTaken taken = assertInstanceOf(SuggestionStore.Created.NameTaken.class, second);
        assertEquals("goroutine leak", taken.name());
        assertEquals("S1", taken.other().orElseThrow().id());
        assertTrue(store.get("S2").isEmpty(), "nothing of the refused suggestion is stored");
    }

    @Test
    void theSameSubmissionStoredAgainIsNotADuplicate() {
        store.create(pending("S1", "goroutine leak"));
        assertInstanceOf(SuggestionStore.Created.Stored.class, store.create(pending("S1", "goroutine leak")));
    }

    @Test
    void aDeclinedSuggestionFreesItsNamesAndAnApprovedOneIsFoundByAnyOfThem() {
        store.create(pending("S1", "goroutine leak", "leaked goroutine"));
        store.decide("S1", Status.DECLINED, "U0BOB", NOW, "c1");
        assertInstanceOf(SuggestionStore.Created.Stored.class,
                store.create(pending("S2", "goroutine leak", "leaked goroutine")));
        assertTrue(store.approvedByName("goroutine leak").isEmpty(), "pending is not approved");

        store.decide("S2", Status.APPROVED, "U0CAROL", NOW, "c2");

        assertEquals("S2", store.approvedByName("LEAKED goroutine").orElseThrow().id());
        assertEquals(List.of("S2"), store.approved().stream().map(Suggestion::id).toList());
    }

    @Test
    void aSuggestionReadsBackAsStoredWithItsCard() {
        Suggestion s = pending("S1", "goroutine leak", "leak");
        store.create(s);
        store.attachCard("S1", new Suggestion.Card("C0MODS", "1.000100"));

        Suggestion read = store.get("S1").orElseThrow();

        assertEquals(s.term(), read.term());
        assertEquals("U0ALICE", read.suggestedBy());
        assertEquals(NOW, read.suggestedAt());
        assertEquals(Status.PENDING, read.status());
        assertEquals(new Suggestion.Card("C0MODS", "1.000100"), read.card().orElseThrow());
    }

    @Test
    void decidingAnUnknownSuggestionSaysSo() {
        assertInstanceOf(SuggestionStore.Decision.Missing.class,
                store.decide("S404", Status.APPROVED, "U0BOB", NOW, "c"));
    }

    private static Suggestion pending(String id, String term, String... aliases) {
        return Suggestion.pending(id, new Term(term, List.of(aliases), "a definition.",
                List.of("https://go.dev/")), "U0ALICE", NOW);
    }
}
