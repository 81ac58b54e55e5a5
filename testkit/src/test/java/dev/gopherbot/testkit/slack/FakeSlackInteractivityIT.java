package dev.gopherbot.testkit.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.methods.response.views.ViewsUpdateResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Modals and response URLs on the fake, through the real Slack SDK and real HTTP. */
class FakeSlackInteractivityIT {
    private static final String MODAL = "{\"type\":\"modal\",\"callback_id\":\"x\",\"title\":{\"type\":\"plain_text\","
            + "\"text\":\"Hi\"},\"blocks\":[]}";
    private static FakeSlack slack;
    private static MethodsClient bot;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        slack = FakeSlack.start();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        bot = Slack.getInstance(config).methods(FakeSlack.BOT_TOKEN);
    }

    @AfterAll
    static void stop() {
        slack.close();
    }

    @Test
    void aFreshTriggerOpensAModalThatCanThenBeUpdated() throws Exception {
        ViewsOpenResponse opened = bot.viewsOpen(r -> r.triggerId(slack.trigger()).viewAsString(MODAL));
        assertTrue(opened.isOk(), opened.getError());
        String id = opened.getView().getId();

        ViewsUpdateResponse updated = bot.viewsUpdate(r -> r.viewId(id)
                .viewAsString(MODAL.replace("\"Hi\"", "\"Thanks\"")));

        assertTrue(updated.isOk(), updated.getError());
        assertEquals("Thanks", slack.api().view(id).orElseThrow().path("title").path("text").asText());
    }

    @Test
    void aTriggerOlderThanThreeSecondsIsRefusedAsExpired() throws Exception {
        ViewsOpenResponse opened = bot.viewsOpen(r -> r.triggerId(slack.expiredTrigger()).viewAsString(MODAL));

        assertFalse(opened.isOk());
        assertEquals("expired_trigger_id", opened.getError());
    }

    @Test
    void updatingAViewThatWasNeverOpenedIsNotFound() throws Exception {
        assertEquals("not_found", bot.viewsUpdate(r -> r.viewId("V0NOPE").viewAsString(MODAL)).getError());
    }

    @Test
    void postsToAResponseUrlAreRecordedUntilItsFiveUsesAreSpent() throws Exception {
        String url = slack.responseUrl("cmd-1");
        for (int i = 1; i <= ResponseUrls.MAX_USES; i++) {
            assertEquals(200, post(url, "{\"text\":\"answer " + i + "\",\"response_type\":\"in_channel\"}")
                    .statusCode());
        }

        HttpResponse<String> sixth = post(url, "{\"text\":\"one too many\"}");

        assertEquals(404, sixth.statusCode());
        assertEquals("used_url", sixth.body());
        assertEquals(ResponseUrls.MAX_USES, slack.responses("cmd-1").size());
        ResponseUrls.Response first = slack.responses("cmd-1").getFirst();
        assertEquals("answer 1", first.text());
        assertEquals("in_channel", first.responseType());
        assertFalse(first.replaceOriginal());
    }

    @Test
    void aResponseThatIsNotJsonIsRefused() throws Exception {
        assertEquals(400, post(slack.responseUrl("cmd-2"), "text=hi").statusCode());
        assertTrue(slack.responses("cmd-2").isEmpty());
    }

    private HttpResponse<String> post(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
