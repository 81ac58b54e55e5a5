package dev.gopherbot.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.gopherbot.suggest.Status;
import dev.gopherbot.apps.gopherbot.suggest.Suggestion;
import dev.gopherbot.apps.gopherbot.suggest.SuggestionStore;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.glossary.Glossary;
import dev.gopherbot.glossary.Lookup;
import dev.gopherbot.glossary.Term;
import dev.gopherbot.testkit.redis.RedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar dist/target/consumer.jar glossary-suggestions}: the community bot's operator command, as a maintainer
 * runs it before a glossary PR.
 */
class GlossarySuggestionsCommandIT {
    private static final Keys DEPLOYMENT = new Keys("suggestions-cli:");
    /** The community bot's own key space, where its suggestions live. */
    private static final Keys KEYS = DEPLOYMENT.forApp("gopherbot");
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void approvedTermsNotYetInTheGlossaryArePrintedAsEntriesThatLoad() throws Exception {
        try (RedisServer redis = RedisServer.startEphemeral();
             RedisClient client = RedisClient.create(redis.url());
             StatefulRedisConnection<String, String> connection = client.connect()) {
            SuggestionStore store = new SuggestionStore(connection.sync(), KEYS);
            approve(store, "S1", new Term("yak shaving", List.of("yak-shaving"),
                    "a chain of small tasks: \"first I need…\".\nIt ends far from where it began.",
                    List.of("https://en.wiktionary.org/wiki/yak_shaving")));
            approve(store, "S2", new Term("bikeshedding", "debating trivia at length."));
            // approved earlier and since moved into glossary.yaml by a maintainer: no longer printed
            approve(store, "S3", new Term("goroutine", "already in the file."));
            store.create(Suggestion.pending("S4", new Term("pending term", "not decided yet."), "U0BOB", NOW));

            Run run = run(redis, "glossary-suggestions");

            assertEquals(0, run.status(), run.err());
            assertTrue(run.err().contains("2 approved, not yet in glossary.yaml"), run.err());
            Glossary printed = Glossary.load("printed", new StringReader(run.out()));
            assertEquals(List.of("bikeshedding", "yak shaving"), printed.terms().stream().map(Term::term).toList());
            Term yak = assertInstanceOf(Lookup.Found.class, printed.lookup("yak-shaving")).term();
            assertTrue(yak.definition().contains("\"first I need…\".\nIt ends"), yak.definition());
        }
    }

    @Test
    void nothingToMergeIsSaidOnStandardErrorWithSuccess() throws Exception {
        try (RedisServer redis = RedisServer.startEphemeral()) {
            Run run = run(redis, "glossary-suggestions");

            assertEquals(0, run.status(), run.err());
            assertEquals("", run.out());
            assertTrue(run.err().contains("no approved suggestions"), run.err());
        }
    }

    @Test
    void extraArgumentsAreAUsageError() throws Exception {
        try (RedisServer redis = RedisServer.startEphemeral()) {
            Run run = run(redis, "glossary-suggestions", "--all");

            assertEquals(2, run.status());
            assertTrue(run.err().contains("usage: java -jar consumer.jar glossary-suggestions"), run.err());
        }
    }

    private static void approve(SuggestionStore store, String id, Term term) {
        store.create(Suggestion.pending(id, term, "U0ALICE", NOW));
        assertInstanceOf(SuggestionStore.Decision.Decided.class,
                store.decide(id, Status.APPROVED, "U0BOB", NOW, "click-" + id));
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(RedisServer redis, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(ConsumerJarIT.java(), "-jar",
                ConsumerJarIT.jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().clear();
        pb.environment().putAll(Map.of("REDIS_URL", redis.url(), "REDIS_KEY_PREFIX", DEPLOYMENT.prefix()));
        Process p = pb.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out, err.get());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
