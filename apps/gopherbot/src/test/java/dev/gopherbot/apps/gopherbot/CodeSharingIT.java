package dev.gopherbot.apps.gopherbot;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.consumer.ConsumerFixture.Sent;
import dev.gopherbot.consumer.ConsumerFixture;
import dev.gopherbot.testkit.slack.Call;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Long code and Go files go to the (fake) Go Playground over HTTP; the link is posted in the thread and the author
 * gets a tip. Each test's code carries its own marker, so the Playground's record tells the tests apart.
 */
class CodeSharingIT {
    private static FakePlayground playground;
    private static ConsumerFixture bot;

    @BeforeAll
    static void start() {
        playground = FakePlayground.start();
        bot = TestBot.start(Map.of("PLAYGROUND_URL", playground.shareUrl()));
        ChannelCacheSeed.fill(bot.commands, TestBot.keys(bot), bot.slack.workspace());
    }

    @AfterAll
    static void stop() {
        bot.close();
        playground.close();
    }

    @Test
    void longCodeIsSharedAsTypedAndTheLinkPostedInItsThreadWithATipOnlyTheAuthorSees() {
        String code = goProgram("shared-as-typed", 12);
        // as Slack sends it: around a fence, with < > & escaped and a link made of a URL
        String slackText = "why does this not compile?\n```" + code.replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;").replace("\"https://go.dev\"", "\"<https://go.dev>\"") + "```";
        Sent sent = bot.say("C0GENERAL", "U0ALICE", slackText);
        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.postsIn("C0GENERAL", sent.ts()).isEmpty());
        bot.awaitSettled(sent);

        assertEquals("// why does this not compile?\n\n" + code, playground.shared().get(indexOf("shared-as-typed")),
                "the question kept as a comment; indentation and < > & kept");
        String posted = bot.postsIn("C0GENERAL", sent.ts()).getFirst().param("text");
        assertTrue(posted.startsWith("<@U0ALICE> here is that code on the Go Playground"), posted);
        assertTrue(posted.endsWith(playground.link(indexOf("shared-as-typed") + 1)), posted);
        List<Call> tips = bot.calls("chat.postEphemeral", c -> "C0GENERAL".equals(c.param("channel"))
                && "U0ALICE".equals(c.param("user")));
        assertEquals(1, tips.size());
        assertTrue(tips.getFirst().param("text").contains("`nolink`"), tips.getFirst().param("text"));
    }

    @Test
    void codeBelowTheLineCountIsLeftInTheChannel() {
        Sent sent = bot.say("C0GENERAL", "U0BOB", "```" + goProgram("too-short", 9) + "```");
        bot.awaitSettled(sent);
        assertNotShared("too-short", sent);
    }

    @Test
    void nolinkInTheMessageOptsOut() {
        Sent sent = bot.say("C0GENERAL", "U0BOB", "nolink please\n```" + goProgram("opted-out", 15) + "```");
        bot.awaitSettled(sent);
        assertNotShared("opted-out", sent);
    }

    @Test
    void aChannelOnTheSkipListIsLeftAlone() {
        Sent sent = bot.say("C0JOBS", "U0CAROL", "We are hiring!\n" + goProgram("job-post", 14));
        bot.awaitSettled(sent);
        assertNotShared("job-post", sent);
    }

    @Test
    void anUploadedGoFileIsDownloadedWithTheBotTokenAndShared() {
        String code = goProgram("uploaded-file", 8);
        String url = bot.slack.hostFile("main.go", code);
        int downloadsBefore = bot.slack.fileDownloads();
        Sent sent = bot.say("C0NEWBIES", "U0CAROL", "here is my file",
                m -> m.subtype("file_share").file("F0MAIN", "main.go", "go", url, 8));
        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.postsIn("C0NEWBIES", sent.ts()).isEmpty());
        bot.awaitSettled(sent);

        assertEquals(downloadsBefore + 1, bot.slack.fileDownloads());
        assertEquals(code, playground.shared().get(indexOf("uploaded-file")));
        assertTrue(bot.postsIn("C0NEWBIES", sent.ts()).getFirst().param("text")
                .endsWith(playground.link(indexOf("uploaded-file") + 1)));
    }

    @Test
    void aShortGoFileIsNotSharedCountingItsLinesOnceDownloadedWhenSlackDoesNotSay() {
        String url = bot.slack.hostFile("tiny.go", goProgram("tiny-file", 5));
        int downloadsBefore = bot.slack.fileDownloads();
        Sent sent = bot.say("C0NEWBIES", "U0BOB", "",
                m -> m.subtype("file_share").file("F0TINY", "tiny.go", "go", url, 0));
        bot.awaitSettled(sent);
        assertEquals(downloadsBefore + 1, bot.slack.fileDownloads());
        assertNotShared("tiny-file", sent);
    }

    @Test
    void longCodeInADirectMessageIsSharedToo() {
        Sent sent = bot.say("D0ERIN", "U0ERIN", "```" + goProgram("in-a-dm", 12) + "```");
        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.postsIn("D0ERIN", sent.ts()).isEmpty());
        bot.awaitSettled(sent);
        assertEquals(1, playground.shared().stream().filter(c -> c.contains("in-a-dm")).count());
    }

    @Test
    void theOriginalsSkipListIsConfiguredSoRandomIsLeftAlone() {
        Sent sent = bot.say("C0RANDOM", "U0CAROL", "```" + goProgram("in-random", 14) + "```");
        bot.awaitSettled(sent);
        assertNotShared("in-random", sent);
    }

    @Test
    void aTextSnippetHoldingGoIsSharedAndOneHoldingALogIsNot() {
        String code = goProgram("text-snippet", 8);
        String go = bot.slack.hostFile("snippet.txt", code);
        Sent shared = bot.say("C0NEWBIES", "U0CAROL", "",
                m -> m.subtype("file_share").file("F0SNIP", "snippet.txt", "text", go, 8));
        String log = bot.slack.hostFile("log.txt", "panic: text-log\n\ngoroutine 1 [running]:\nmain.main()\n"
                + "\t/tmp/x.go:5\nexit status 2\n\n");
        Sent notShared = bot.say("C0NEWBIES", "U0CAROL", "",
                m -> m.subtype("file_share").file("F0LOG", "log.txt", "text", log, 7));
        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.postsIn("C0NEWBIES", shared.ts()).isEmpty());
        bot.awaitSettled(notShared);
        assertEquals(code, playground.shared().get(indexOf("text-snippet")));
        assertNotShared("text-log", notShared);
    }

    @Test
    void aPlaygroundOutageIsRetriedAndTheLinkPostedOnce() {
        playground.failNext(503);
        Sent sent = bot.say("C0GOTIME", "U0ALICE", "```" + goProgram("after-outage", 11) + "```");
        await().atMost(Duration.ofSeconds(10)).until(() -> !bot.postsIn("C0GOTIME", sent.ts()).isEmpty());
        bot.awaitSettled(sent);
        assertEquals(1, bot.postsIn("C0GOTIME", sent.ts()).size());
        assertEquals(1, playground.shared().stream().filter(c -> c.contains("after-outage")).count());
    }

    @Test
    void shadowModeNeverUploadsEvenWhenTheBotIsMentioned() {
        try (ConsumerFixture shadow = TestBot.start(Map.of("BOT_ENV", "staging",
                "PLAYGROUND_URL", playground.shareUrl()))) {
            Sent sent = shadow.say("C0GENERAL", "U0ALICE", "<@" + ConsumerFixture.BOT + "> look:\n```"
                    + goProgram("in-shadow", 20) + "```");
            shadow.awaitSettled(sent);
            assertTrue(playground.shared().stream().noneMatch(c -> c.contains("in-shadow")));
            assertTrue(shadow.postsIn("C0GENERAL", sent.ts()).isEmpty());
        }
    }

    private static void assertNotShared(String marker, Sent sent) {
        assertTrue(playground.shared().stream().noneMatch(c -> c.contains(marker)), marker + " was shared");
        assertTrue(bot.postsIn(sent.channel(), sent.ts()).isEmpty(), "nothing posted in the thread");
    }

    private static int indexOf(String marker) {
        List<String> shared = playground.shared();
        return IntStream.range(0, shared.size()).filter(i -> shared.get(i).contains(marker)).findFirst()
                .orElseThrow(() -> new AssertionError(marker + " was not shared"));
    }

    /** A Go program of exactly {@code lines} lines (at least 3), indented with tabs, containing {@code marker}. */
    private static String goProgram(String marker, int lines) {
        String body = IntStream.range(0, lines - 3).mapToObj(i -> i == 0
                ? "\tfmt.Println(\"" + marker + "\", 1 < 2 && 3 > 2, \"https://go.dev\")" : "\t_ = " + i)
                .collect(Collectors.joining("\n"));
        return "package main\nfunc main() {\n" + body + "\n}";
    }
}
