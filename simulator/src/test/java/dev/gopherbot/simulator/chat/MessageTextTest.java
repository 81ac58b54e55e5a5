package dev.gopherbot.simulator.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gopherbot.testkit.slack.Workspace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageTextTest {
    private final MessageText text = new MessageText(Workspace.seeded());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            @gopherbot help                  | <@U0GOPHERBOT> help
            hey @GopherBot.                  | hey <@U0GOPHERBOT>.
            @alice and @bob                  | <@U0ALICE> and <@U0BOB>
            @nobody stays text               | @nobody stays text
            mail me at alice@example.com     | mail me at alice@example.com
            @here look                       | <!here> look
            ask in #newbies please           | 'ask in <#C0NEWBIES|newbies> please'
            #nosuchchannel                   | #nosuchchannel
            a < b && c > d                   | a &lt; b &amp;&amp; c &gt; d
            <@U0BOB> typed by hand           | &lt;@U0BOB&gt; typed by hand
            see https://go.dev/doc.          | see <https://go.dev/doc>.
            https://x.io/?a=1&b=2            | <https://x.io/?a=1&amp;b=2>
            (https://go.dev)                 | (<https://go.dev>)
            '  spaces  kept  '               | '  spaces  kept  '
            ʕ◔ϖ◔ʔ unicode @carol             | ʕ◔ϖ◔ʔ unicode <@U0CAROL>
            """)
    void typedTextBecomesTheMarkupSlackSends(String typed, String slack) {
        assertEquals(slack, text.toSlack(typed));
    }
}
