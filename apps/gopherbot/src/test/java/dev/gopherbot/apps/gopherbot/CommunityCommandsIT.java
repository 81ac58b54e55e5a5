package dev.gopherbot.apps.gopherbot;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.channels.ChannelKeys;
import dev.gopherbot.consumer.ConsumerFixture.Sent;
import dev.gopherbot.consumer.ConsumerFixture;
import dev.gopherbot.testkit.slack.Call;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped community commands through the stream and the fake Slack: channels resolved through the channel cache,
 * xkcd and documentation links, canned answers. Each question is asked in a thread of its own, so its answer is easy
 * to find.
 */
class CommunityCommandsIT {
    private static final String MENTION = "<@" + ConsumerFixture.BOT + ">";
    private static ConsumerFixture bot;

    @BeforeAll
    static void start() {
        bot = TestBot.start();
        ChannelCacheSeed.fill(bot.commands, TestBot.keys(bot), bot.slack.workspace());
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void recommendedChannelsLinksTheChannelsTheCacheKnowsInTheFilesOrderAndLeavesOutTheRest() {
        String text = ask("C0RANDOM", "U0ALICE", "recommended channels").param("text");
        List<String> channels = text.lines().filter(l -> l.startsWith("• <#"))
                .map(l -> l.substring("• <#".length(), l.indexOf('>'))).toList();
        // community.yaml recommends the original's 16 channels; this workspace has three of them
        assertEquals(List.of("C0GENERAL", "C0NEWBIES", "C0GOTIME"), channels, text);
        assertTrue(text.contains("• <#C0NEWBIES>: new to Go"), text);
        assertFalse(text.contains("reviews"), text);
    }

    @Test
    void recommendedChannelsSaysSoWhenTheCacheIsEmpty() {
        ChannelKeys cache = ChannelKeys.of(TestBot.keys(bot));
        bot.commands.del(cache.byId(), cache.byName());
        try {
            String text = ask("C0RANDOM", "U0BOB", "channels").param("text");
            assertTrue(text.startsWith("I cannot look the channels up right now"), text);
        } finally {
            ChannelCacheSeed.fill(bot.commands, TestBot.keys(bot), bot.slack.workspace());
        }
    }

    @Test
    void newbieResourcesAskedElsewherePointsToTheNewbiesChannel() {
        String text = ask("C0GENERAL", "U0ALICE", "newbie resources <@U0BOB>").param("text");
        assertTrue(text.startsWith("<@U0BOB> Welcome to Go!"), text);
        assertTrue(text.endsWith("Questions at any level are welcome in <#C0NEWBIES>."), text);
    }

    @Test
    void newbieResourcesAskedInTheNewbiesChannelDoesNotPointToItself() {
        String text = ask("C0NEWBIES", "U0CAROL", "new to go").param("text");
        assertTrue(text.contains("https://go.dev/tour/"), text);
        assertFalse(text.contains("<#C0NEWBIES>"), text);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            xkcd:927                | https://xkcd.com/927/
            xkcd:Standards          | https://xkcd.com/927/
            xkcd: bobby tables      | https://xkcd.com/327/
            xkcd:0042               | https://xkcd.com/42/
            """)
    void anXkcdComicIsLinkedByNumberOrNameWithItsPreview(String question, String link) {
        Call answer = ask("C0GOTIME", "U0ALICE", question);
        assertEquals(link, answer.param("text"));
        assertEquals("1", answer.param("unfurl_links"), "the comic shows in Slack's preview");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            xkcd:0                  | there is no comic 0.
            xkcd:-7                 | there is no comic -7.
            xkcd:123456             | is far beyond the newest comic
            xkcd:99999999999999999  | is far beyond the newest comic
            xkcd:nope               | I know no xkcd called `nope`. Give its number (`xkcd:927`), or one of the names
            xkcd:                   | Which comic?
            """)
    void badXkcdInputIsExplainedToTheAsker(String question, String expected) {
        String text = ask("C0GOTIME", "U0BOB", question).param("text");
        assertTrue(text.startsWith("<@U0BOB> "), text);
        assertTrue(text.contains(expected), text);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            d/net/http                                                => https://pkg.go.dev/net/http
            d/golang.org/x/sync/errgroup#Group.Go                     => https://pkg.go.dev/golang.org/x/sync/errgroup#Group.Go
            d/<http://github.com/spf13/cobra|github.com/spf13/cobra>  => https://pkg.go.dev/github.com/spf13/cobra
            ghd/spf13/cobra@v1.8.0                                    => https://pkg.go.dev/github.com/spf13/cobra@v1.8.0
            ghd/github.com/stretchr/testify/assert                    => https://pkg.go.dev/github.com/stretchr/testify/assert
            """)
    void aDocumentationLinkPointsToPkgGoDev(String question, String link) {
        String text = ask("C0GENERAL", "U0CAROL", question).param("text");
        assertTrue(text.startsWith("Documentation for `"), text);
        assertTrue(text.endsWith(": " + link), text);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            d/net//http          | no empty parts
            d/net/http#1Client   | is not a Go identifier
            ghd/spf13            | Add the repository after the owner: `ghd/spf13/<repo>`.
            ghd/-bad-/repo       | is not a GitHub user or organisation name
            d/                   | Which package?
            """)
    void aBadDocumentationPathIsExplainedInsteadOfLinked(String question, String expected) {
        String text = ask("C0GENERAL", "U0ALICE", question).param("text");
        assertTrue(text.startsWith("<@U0ALICE> ") && text.contains(expected), text);
        assertFalse(text.contains("pkg.go.dev"), text);
    }

    @Test
    void aCannedAnswerFromTheShippedFileIsAnsweredByAlias() {
        String text = ask("C0RANDOM", "U0CAROL", "CoC?").param("text");
        assertTrue(text.contains("https://go.dev/conduct"), text);
    }

    /** Asks the bot in a new thread of {@code channel} and returns its answer there. */
    private static Call ask(String channel, String user, String question) {
        String root = bot.slack.workspace().post(channel, "U0BOB", "a thread for one question", null, null).ts;
        Sent sent = bot.say(channel, user, MENTION + " " + question, m -> m.threadTs(root));
        await().atMost(Duration.ofSeconds(5)).until(() -> !bot.postsIn(channel, root).isEmpty());
        bot.awaitSettled(sent);
        assertEquals(1, bot.postsIn(channel, root).size(), "one answer");
        return bot.postsIn(channel, root).getFirst();
    }
}
