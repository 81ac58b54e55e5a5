package dev.gopherbot.testkit.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What views.open, views.push and views.update leave on the fake, through the real Slack SDK over HTTP. */
class FakeSlackViewsIT {
    private static final String FORM = "{\"type\":\"modal\",\"callback_id\":\"new_contribution\","
            + "\"private_metadata\":\"C0GENERAL\",\"title\":{\"type\":\"plain_text\",\"text\":\"New\"},"
            + "\"submit\":{\"type\":\"plain_text\",\"text\":\"Send\"},\"blocks\":["
            + "{\"type\":\"input\",\"label\":{\"type\":\"plain_text\",\"text\":\"What\"},"
            + "\"element\":{\"type\":\"plain_text_input\",\"multiline\":true}},"
            + "{\"type\":\"input\",\"block_id\":\"size\",\"label\":{\"type\":\"plain_text\",\"text\":\"Size\"},"
            + "\"element\":{\"type\":\"static_select\",\"action_id\":\"pick\",\"options\":[]}}]}";

    private final FakeSlack slack = FakeSlack.start(Workspace.seeded(), List.of(FakeSlack.BOT,
            SlackBot.forApp("ossi", "xoxb-ossi")), 0);
    private final MethodsClient gopherbot = client(FakeSlack.BOT_TOKEN);
    private final MethodsClient ossi = client("xoxb-ossi");

    @AfterEach
    void stop() {
        slack.close();
    }

    @Test
    void aModalOpenedWithAPersonsTriggerIsTheirsWithTheIdsSlackAdds() throws Exception {
        ViewsOpenResponse opened = ossi.viewsOpen(r -> r.triggerId(slack.trigger("U0ALICE")).viewAsString(FORM));

        assertTrue(opened.isOk(), opened.getError());
        Views.View view = slack.view(opened.getView().getId()).orElseThrow();
        assertEquals("U0ALICE", view.user());
        assertEquals("ossi", view.app(), "its submissions go to the app that opened it");
        assertEquals(List.of(view), slack.api().views().modal("U0ALICE"));
        assertTrue(slack.api().views().modal("U0BOB").isEmpty(), "nobody else sees it");
        JsonNode json = view.json();
        assertEquals("A0OSSI", json.path("app_id").asText());
        assertEquals("new_contribution", json.path("callback_id").asText());
        assertEquals("C0GENERAL", json.path("private_metadata").asText());
        assertTrue(json.path("state").path("values").isObject());
        assertFalse(json.path("hash").asText().isEmpty());
        JsonNode blocks = json.path("blocks");
        assertFalse(blocks.get(0).path("block_id").asText().isEmpty(), "a block without an id gets one");
        assertFalse(blocks.get(0).path("element").path("action_id").asText().isEmpty());
        assertEquals("size", blocks.get(1).path("block_id").asText(), "an id the app set is kept");
        assertEquals("pick", blocks.get(1).path("element").path("action_id").asText());
    }

    @Test
    void pushStacksUpToThreeViewsAndUpdateChecksTheHash() throws Exception {
        String root = ossi.viewsOpen(r -> r.triggerId(slack.trigger("U0ALICE")).viewAsString(FORM)).getView()
                .getId();
        for (int i = 0; i < 2; i++) {
            assertTrue(ossi.viewsPush(r -> r.triggerId(slack.trigger("U0ALICE")).viewAsString(FORM)).isOk());
        }
        var fourth = ossi.viewsPush(r -> r.triggerId(slack.trigger("U0ALICE")).viewAsString(FORM));
        String top = slack.api().views().modal("U0ALICE").getLast().id();
        String hash = slack.view(top).orElseThrow().json().path("hash").asText();

        var stale = ossi.viewsUpdate(r -> r.viewId(top).hash("not-" + hash).viewAsString(FORM));
        var fresh = ossi.viewsUpdate(r -> r.viewId(top).hash(hash).viewAsString(FORM.replace("\"New\"", "\"Two\"")));

        assertEquals("push_limit_reached", fourth.getError());
        assertEquals(3, slack.api().views().modal("U0ALICE").size());
        assertEquals(root, slack.view(top).orElseThrow().json().path("root_view_id").asText());
        assertEquals("hash_conflict", stale.getError());
        assertTrue(fresh.isOk(), fresh.getError());
        assertEquals("Two", slack.view(top).orElseThrow().json().path("title").path("text").asText());
        assertNotEquals(hash, slack.view(top).orElseThrow().json().path("hash").asText(), "a new hash per change");
    }

    @Test
    void oneAppCannotUpdateAnothersView() throws Exception {
        String id = ossi.viewsOpen(r -> r.triggerId(slack.trigger("U0ALICE")).viewAsString(FORM)).getView().getId();

        var update = gopherbot.viewsUpdate(r -> r.viewId(id).viewAsString(FORM));

        assertEquals("not_found", update.getError());
    }

    @Test
    void eachTokenIsAnsweredAsItsOwnBot() throws Exception {
        var gopher = gopherbot.authTest(r -> r);
        var o = ossi.authTest(r -> r);
        String ts = ossi.chatPostMessage(r -> r.channel("C0GENERAL").text("hi")).getTs();
        String dm = ossi.conversationsOpen(r -> r.users(List.of("U0BOB"))).getChannel().getId();

        assertEquals(FakeSlack.BOT_USER_ID, gopher.getUserId());
        assertEquals("U0OSSI", o.getUserId());
        assertEquals("B0OSSI", o.getBotId());
        assertEquals("U0OSSI", slack.workspace().message("C0GENERAL", ts).orElseThrow().user);
        assertNotEquals(slack.workspace().imWith("U0BOB").id(), dm, "each app has its own DM with a person");
        assertEquals("cant_delete_message", gopherbot.chatDelete(r -> r.channel("C0GENERAL").ts(ts)).getError());
        assertTrue(ossi.chatDelete(r -> r.channel("C0GENERAL").ts(ts)).isOk());
        assertTrue(slack.workspace().message("C0GENERAL", ts).isEmpty());
        assertEquals(List.of("gopherbot", "ossi"), slack.calls().stream().filter(c -> c.method().equals("auth.test"))
                .map(Call::app).toList(), "each call is recorded with its app");
    }

    private MethodsClient client(String token) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        return Slack.getInstance(config).methods(token);
    }
}
