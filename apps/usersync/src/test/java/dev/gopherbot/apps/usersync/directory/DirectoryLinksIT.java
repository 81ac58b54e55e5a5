package dev.gopherbot.apps.usersync.directory;

import static dev.gopherbot.apps.usersync.UserJson.user;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.usersync.UsersyncFixture;
import dev.gopherbot.apps.usersync.WebClient;
import dev.gopherbot.testkit.postgres.PostgresServer;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.InteractivePayloads;
import dev.gopherbot.testkit.slack.ResponseUrls;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Asking the bot for the directory: the link it answers with signs the asker in, and only the asker sees it. */
class DirectoryLinksIT {
    private static final Pattern LINK = Pattern.compile("<(https://people\\.example\\.test/web/login\\?t=[^|>]+)\\|");

    private static UsersyncFixture app;
    private static WebClient web;

    @BeforeEach
    void start() {
        if (app == null) {
            app = UsersyncFixture.start(PostgresServer.shared().freshDatabase(), Map.of());
            web = new WebClient(app.gateway.base());
            app.post(user("U0ALICE").realName("Alice Liddell").updated(1_700_000_100).userChange());
            await().atMost(Duration.ofSeconds(10)).until(() -> app.rows.user("U0ALICE").isPresent());
        }
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    @Test
    void theSlashCommandAnswersOnlyTheAskerWithALinkThatOpensTheirSearch() {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> ack = app.gateway.client().postForm("/slack/commands", InteractivePayloads
                .command("/usersync", "directory alice").user("U0BOB", "bob")
                .responseUrl(app.consumer.slack.responseUrl(id)).form());
        assertEquals(200, ack.statusCode());

        await().atMost(Duration.ofSeconds(10)).until(() -> !app.consumer.slack.responses(id).isEmpty());
        ResponseUrls.Response answer = app.consumer.slack.responses(id).getFirst();
        assertEquals("ephemeral", answer.responseType());
        assertTrue(answer.text().contains("(searching for alice)"), answer.text());

        String page = signInAndOpen(link(answer.text()));
        assertTrue(page.contains("data-id=\"U0ALICE\""), page);
        assertTrue(page.contains("value=\"alice\""), page);
    }

    @Test
    void aDirectMessageSaysTheLinkBackInTheConversation() {
        app.consumer.say("D0CAROL", "U0CAROL", "directory");

        await().atMost(Duration.ofSeconds(10)).until(() -> !app.consumer.postsIn("D0CAROL").isEmpty());
        Call post = app.consumer.postsIn("D0CAROL").getFirst();
        String page = signInAndOpen(link(post.param("text")));
        assertTrue(page.contains("<p class=\"summary\">1 person</p>"), page);
    }

    @Test
    void helpListsWhatTheCommandDoes() {
        String id = UUID.randomUUID().toString();
        app.gateway.client().postForm("/slack/commands", InteractivePayloads.command("/usersync", "")
                .responseUrl(app.consumer.slack.responseUrl(id)).form());

        await().atMost(Duration.ofSeconds(10)).until(() -> !app.consumer.slack.responses(id).isEmpty());
        String text = app.consumer.slack.responses(id).getFirst().text();
        assertTrue(text.contains("`/usersync directory [search]`: A sign-in link to the people directory"), text);
        assertTrue(text.contains("`/usersync help`"), text);
    }

    /** Follows the link as the asker's browser would and returns the page it lands on. */
    private String signInAndOpen(String link) {
        WebClient.Session session = web.followLink(link);
        assertTrue(session.landing().startsWith("/web/usersync/directory"), session.landing());
        HttpResponse<String> page = web.get(session.landing(), session.cookie());
        assertEquals(200, page.statusCode(), page.body());
        return page.body();
    }

    private static String link(String text) {
        Matcher m = LINK.matcher(text);
        assertTrue(m.find(), text);
        return m.group(1);
    }
}
