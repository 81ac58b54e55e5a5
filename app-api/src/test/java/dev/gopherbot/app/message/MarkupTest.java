package dev.gopherbot.app.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MarkupTest {
    private static final String BOT = "U0BOT";

    static Stream<Arguments> markup() {
        return Stream.of(
                reads("hello", "hello", none(), false),
                reads("<@U0BOT> help", "help", none(), true),
                reads("<@U0BOT|gopherbot> help", "help", none(), true),
                reads("<@U0BOT>help", "help", none(), true),
                reads("  <@U0BOT>   help   me  ", "help me", none(), true),
                reads("<@U0BOT> define goroutine <@U0ALICE>", "define goroutine", List.of("U0ALICE"), true),
                reads("hi <@U0ALICE> and <@U0BOB|bob> and <@U0ALICE>", "hi and and", List.of("U0ALICE", "U0BOB"),
                        false),
                reads("<@W0ENTERPRISE> hi", "hi", List.of("W0ENTERPRISE"), false),
                reads("see <#C0GENERAL|general>", "see #general", none(), false),
                reads("see <#C0GENERAL>", "see #C0GENERAL", none(), false),
                reads("see <#G0SECRET|secret>", "see #secret", none(), false),
                reads("<!here> deploy", "@here deploy", none(), false),
                reads("<!here|here> deploy", "@here deploy", none(), false),
                reads("<!channel> and <!everyone>", "@channel and @everyone", none(), false),
                reads("<!subteam^S0TEAM|@gophers> ping", "@gophers ping", none(), false),
                reads("<!subteam^S0TEAM> ping", "@S0TEAM ping", none(), false),
                reads("read <https://go.dev|the site>", "read <https://go.dev|the site>", none(), false),
                reads("<https://go.dev/doc/effective_go>", "<https://go.dev/doc/effective_go>", none(), false),
                reads("mail <mailto:a@example.com|me>", "mail <mailto:a@example.com|me>", none(), false),
                // malformed or unknown markup stays text
                reads("<@> hi", "<@> hi", none(), false),
                reads("<@u0lower> hi", "<@u0lower> hi", none(), false),
                reads("<@U0ALICE", "<@U0ALICE", none(), false),
                reads("unterminated <https://go.dev", "unterminated <https://go.dev", none(), false),
                reads("<#nope|x>", "<#nope|x>", none(), false),
                reads("<!unknown>", "<!unknown>", none(), false),
                reads("<!subteam^lower|@x>", "<!subteam^lower|@x>", none(), false),
                reads("<>", "<>", none(), false),
                reads("a <b c", "a <b c", none(), false),
                reads("a > b", "a > b", none(), false),
                // markup never nests: the innermost well-formed part counts
                reads("<<@U0ALICE>>", "<>", List.of("U0ALICE"), false),
                reads("<a <@U0BOT> b>", "<a b>", none(), true),
                reads("<https://x.example|<@U0ALICE>>", "<https://x.example|>", List.of("U0ALICE"), false),
                // Slack escapes &, < and > in text; unescaped once
                reads("a &lt;b&gt; &amp; c", "a <b> & c", none(), false),
                reads("&amp;lt; stays escaped once", "&lt; stays escaped once", none(), false),
                reads("&nbsp; is not ours", "&nbsp; is not ours", none(), false),
                reads("<@U0BOT> ¿qué es una goroutine? 🐹", "¿qué es una goroutine? 🐹", none(), true),
                reads("<@U0BOT> 協程 <@U0ALICE> とは", "協程 とは", List.of("U0ALICE"), true),
                reads("🐹<@U0ALICE>🐹", "🐹🐹", List.of("U0ALICE"), false));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" reads as \"{1}\"")
    @MethodSource("markup")
    void readsSlackMarkup(String raw, String text, List<String> mentions, boolean bot) {
        ParsedText parsed = Markup.parse(raw, BOT);
        assertEquals(text, parsed.text());
        assertEquals(mentions, parsed.mentions());
        assertEquals(bot, parsed.botMentioned());
    }

    static Stream<Arguments> searchable() {
        return Stream.of(
                Arguments.of("Hello GOPHER", "hello gopher"),
                Arguments.of("read <https://gopher.example|the docs>", "read the docs"),
                Arguments.of("<https://gopher.example> now", "now"),
                Arguments.of("<@U0BOT> Beer   me", "beer me"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is searched as \"{1}\"")
    @MethodSource("searchable")
    void searchesLowerCaseTextWithoutLinkTargets(String raw, String searchable) {
        assertEquals(searchable, Markup.parse(raw, BOT).searchable());
    }

    @Test
    void keepsLineBreaksAndDropsMentionsAtLineEnds() {
        ParsedText parsed = Markup.parse("line one <@U0ALICE>\nline two", BOT);
        assertEquals("line one\nline two", parsed.text());
    }

    @Test
    void nullAndEmptyTextReadAsEmpty() {
        assertEquals("", Markup.parse(null, BOT).text());
        assertEquals("", Markup.parse("", BOT).text());
        assertFalse(Markup.parse("", BOT).botMentioned());
    }

    private static Arguments reads(String raw, String text, List<String> mentions, boolean bot) {
        return Arguments.of(raw, text, mentions, bot);
    }

    private static List<String> none() {
        return List.of();
    }

    @Test
    void hostileInputIsReadInLinearTime() {
        String brackets = "<".repeat(200_000);
        String mentions = "<@U0ALICE>".repeat(50_000);
        String unclosed = "<@U0ALICE ".repeat(50_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertEquals(brackets, Markup.parse(brackets, BOT).text());
            ParsedText many = Markup.parse(mentions, BOT);
            assertEquals("", many.text());
            assertEquals(List.of("U0ALICE"), many.mentions());
            assertTrue(Markup.parse(unclosed, BOT).text().startsWith("<@U0ALICE <@U0ALICE"));
        });
    }
}
