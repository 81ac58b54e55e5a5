package dev.gopherbot.simulator.interactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import dev.gopherbot.simulator.TwoApps;
import dev.gopherbot.simulator.events.RecordingGateway;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Modals, buttons and files between the page and the apps, over real HTTP. */
class ModalsAndButtonsIT {
    private static final String FORM = "{\"type\":\"modal\",\"callback_id\":\"new_contribution\","
            + "\"private_metadata\":\"C0GENERAL\",\"notify_on_close\":true,"
            + "\"title\":{\"type\":\"plain_text\",\"text\":\"New contribution\"},"
            + "\"submit\":{\"type\":\"plain_text\",\"text\":\"Send\"},\"blocks\":["
            + "{\"type\":\"input\",\"block_id\":\"what\",\"label\":{\"type\":\"plain_text\",\"text\":\"What\"},"
            + "\"element\":{\"type\":\"plain_text_input\",\"action_id\":\"text\",\"multiline\":true}},"
            + "{\"type\":\"input\",\"block_id\":\"size\",\"label\":{\"type\":\"plain_text\",\"text\":\"Size\"},"
            + "\"element\":{\"type\":\"static_select\",\"action_id\":\"pick\",\"options\":["
            + "{\"text\":{\"type\":\"plain_text\",\"text\":\"Small\"},\"value\":\"s\"}]}}]}";
    private static final String FILLED = "{\"user\":\"U0ALICE\",\"inputs\":{\"what\":{\"text\":\"fixed the docs\"},"
            + "\"size\":{\"pick\":\"s\"}}}";

    private final TwoApps apps = new TwoApps();

    @AfterEach
    void stop() {
        apps.close();
    }

    @Test
    void aModalOpenedWithTheCommandsTriggerIsShownToThatPersonOnly() throws Exception {
        String view = openForm();

        JsonNode modal = apps.state("U0ALICE").path("modal");
        assertEquals(view, modal.path("id").asText());
        assertEquals("ossi", modal.path("app").asText());
        assertEquals("New contribution", modal.at("/view/title/text").asText());
        assertTrue(apps.state("U0BOB").path("modal").isMissingNode());
    }

    @Test
    void submittingSendsTheStateAndAnErrorsAnswerKeepsTheModalOpenWithTheErrorsUnderTheInputs() throws Exception {
        String view = openForm();
        apps.gateway.answerJson("{\"response_action\":\"errors\",\"errors\":{\"what\":\"Say a bit more.\"}}");

        apps.post("/sim/views/" + view + "/submit", FILLED);

        JsonNode payload = apps.gateway.requests("/slack/ossi/interactions").getFirst().payload();
        assertEquals("view_submission", payload.path("type").asText());
        assertEquals("U0ALICE", payload.at("/user/id").asText());
        assertEquals("new_contribution", payload.at("/view/callback_id").asText());
        assertEquals("C0GENERAL", payload.at("/view/private_metadata").asText());
        assertEquals("fixed the docs", payload.at("/view/state/values/what/text/value").asText());
        assertEquals("s", payload.at("/view/state/values/size/pick/selected_option/value").asText());
        JsonNode modal = apps.state("U0ALICE").path("modal");
        assertEquals(view, modal.path("id").asText(), "still open");
        assertEquals("Say a bit more.", modal.at("/errors/what").asText());

        apps.post("/sim/views/" + view + "/submit", FILLED); // the gateway's default answer: an empty 200

        assertTrue(apps.state("U0ALICE").path("modal").isMissingNode(), "an empty answer closes it");
    }

    @Test
    void requiredInputsAreCheckedBeforeTheAppHearsOfTheSubmission() throws Exception {
        String view = openForm();

        apps.post("/sim/views/" + view + "/submit", "{\"user\":\"U0ALICE\",\"inputs\":{\"size\":{\"pick\":\"s\"}}}");

        assertTrue(apps.gateway.requests("/slack/ossi/interactions").isEmpty());
        assertEquals("Please fill out this field.", apps.state("U0ALICE").at("/modal/errors/what").asText());
    }

    @Test
    void aPushAnswerStacksAViewAndClearClosesThemAllWhileViewClosedIsSentWhenAsked() throws Exception {
        String view = openForm();
        apps.gateway.answerJson("{\"response_action\":\"push\",\"view\":" + FORM.replace("New contribution", "Sure?")
                + "}");
        apps.post("/sim/views/" + view + "/submit", FILLED);
        JsonNode pushed = apps.state("U0ALICE").path("modal");
        assertEquals(2, pushed.path("depth").asInt());
        assertEquals("Sure?", pushed.at("/view/title/text").asText());

        apps.post("/sim/views/" + pushed.path("id").asText() + "/close", "{\"user\":\"U0ALICE\",\"all\":false}");
        assertEquals(view, apps.state("U0ALICE").at("/modal/id").asText(), "Cancel goes back to the first view");
        JsonNode closed = apps.gateway.requests("/slack/ossi/interactions").getLast().payload();
        assertEquals("view_closed", closed.path("type").asText());
        assertFalse(closed.path("is_cleared").asBoolean());

        apps.gateway.answerJson("{\"response_action\":\"clear\"}");
        apps.post("/sim/views/" + view + "/submit", FILLED);
        assertTrue(apps.state("U0ALICE").path("modal").isMissingNode());
    }

    @Test
    void aButtonClickSendsBlockActionsToTheAppThatPostedAndItsResponseUrlReplacesTheMessage() throws Exception {
        String ts = apps.ossi.chatPostMessage(r -> r.channel("C0GENERAL").text("New contribution by alice")
                .blocksAsString("[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"*fixed the docs*\"}},"
                        + "{\"type\":\"actions\",\"block_id\":\"decide\",\"elements\":[{\"type\":\"button\","
                        + "\"action_id\":\"accept\",\"value\":\"42\",\"style\":\"primary\",\"text\":{\"type\":"
                        + "\"plain_text\",\"text\":\"Accept\"}}]}]")).getTs();

        apps.post("/sim/actions", "{\"user\":\"U0BOB\",\"channel\":\"C0GENERAL\",\"ts\":\"" + ts
                + "\",\"block\":1,\"element\":0}");

        RecordingGateway.Request click = apps.gateway.requests("/slack/ossi/interactions").getFirst();
        JsonNode payload = click.payload();
        assertEquals("block_actions", payload.path("type").asText());
        assertEquals("U0BOB", payload.at("/user/id").asText());
        assertEquals("accept", payload.at("/actions/0/action_id").asText());
        assertEquals("decide", payload.at("/actions/0/block_id").asText());
        assertEquals("42", payload.at("/actions/0/value").asText());
        assertEquals(ts, payload.at("/container/message_ts").asText());
        assertEquals("C0GENERAL", payload.at("/channel/id").asText());
        assertEquals("New contribution by alice", payload.at("/message/text").asText());
        assertFalse(payload.path("trigger_id").asText().isEmpty());
        assertEquals(200, apps.respond(payload.path("response_url").asText(),
                "{\"replace_original\":true,\"text\":\"Accepted by bob\"}"));
        JsonNode forAlice = apps.messages("U0ALICE", "C0GENERAL");
        assertEquals(1, forAlice.size());
        assertEquals("Accepted by bob", forAlice.get(0).path("text").asText(), "everyone sees the replaced message");
        assertTrue(forAlice.get(0).path("blocks").isNull(), "its buttons are gone");
    }

    @Test
    void aFileAnAppSharesIsListedWithALinkThePageDownloadsWithoutAToken() throws Exception {
        var upload = apps.ossi.filesUploadV2(r -> r.channel("C0GENERAL").initialComment("The March report")
                .uploadFiles(List.of(FilesUploadV2Request.UploadFile.builder().filename("march.csv")
                        .content("who,hours\nalice,3\n").build())));
        assertTrue(upload.isOk(), () -> String.valueOf(upload.getError()));

        JsonNode file = apps.messages("U0BOB", "C0GENERAL").get(0).path("files").get(0);
        var download = apps.get(file.path("download").asText());

        assertEquals("march.csv", file.path("name").asText());
        assertEquals(200, download.statusCode());
        assertEquals("who,hours\nalice,3\n", download.body());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("march.csv"));
    }

    /** /ossi new, then the app opens the form with the command's trigger; the view's id. */
    private String openForm() throws Exception {
        apps.post("/sim/commands", "{\"user\":\"U0ALICE\",\"channel\":\"C0GENERAL\",\"text\":\"/ossi new\"}");
        String trigger = apps.gateway.requests("/slack/ossi/commands").getLast().form("trigger_id");
        var opened = apps.ossi.viewsOpen(r -> r.triggerId(trigger).viewAsString(FORM));
        assertTrue(opened.isOk(), opened.getError());
        return opened.getView().getId();
    }
}
