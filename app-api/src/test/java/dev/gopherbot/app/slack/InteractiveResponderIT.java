package dev.gopherbot.app.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.gopherbot.common.slack.RateGate;
import dev.gopherbot.common.slack.SlackCallFailed;
import dev.gopherbot.common.slack.SlackCalls;
import dev.gopherbot.testkit.slack.Failure;
import dev.gopherbot.testkit.slack.FakeSlack;
import dev.gopherbot.testkit.slack.ResponseUrls;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The responder against the fake Slack: response URLs, modals and message updates over real HTTP. */
class InteractiveResponderIT {
    private static FakeSlack slack;
    private static InteractiveResponder responder;

    @BeforeAll
    static void start() {
        slack = FakeSlack.start();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        responder = new InteractiveResponder(new SlackCalls(Slack.getInstance(config).methods(FakeSlack.BOT_TOKEN),
                new RateGate(Clock.systemUTC())));
    }

    @AfterAll
    static void stop() {
        slack.close();
    }

    @Test
    void aSpentResponseUrlIsAPermanentFailure() {
        String url = slack.responseUrl("spent");
        for (int i = 0; i < ResponseUrls.MAX_USES; i++) {
            responder.respond(url, Response.ephemeral("answer " + i));
        }

        SlackCallFailed e = assertThrows(SlackCallFailed.class, () -> responder.respond(url,
                Response.ephemeral("one too many")));

        assertEquals(SlackCallFailed.Kind.PERMANENT, e.kind());
        assertEquals("http 404 used_url", e.error());
        assertEquals(ResponseUrls.MAX_USES, slack.responses("spent").size());
    }

    @Test
    void aResponseIsPostedAsTheJsonSlackExpects() {
        responder.respond(slack.responseUrl("json"), Response.inChannel("shared").replacingOriginal());

        ResponseUrls.Response posted = slack.responses("json").getFirst();
        assertEquals("shared", posted.text());
        assertEquals("in_channel", posted.responseType());
        assertTrue(posted.replaceOriginal());
    }

    @Test
    void aResponseUrlAnsweringAServerErrorIsATransientFailure() {
        slack.failNextResponse("busy", Failure.serverError(503));

        SlackCallFailed e = assertThrows(SlackCallFailed.class, () -> responder.respond(slack.responseUrl("busy"),
                Response.ephemeral("x")));

        assertEquals(SlackCallFailed.Kind.TRANSIENT, e.kind());
        assertEquals("http 503", e.error());
    }

    @Test
    void aRateLimitedResponseUrlCarriesItsRetryAfterAndUsesNothingUp() {
        slack.failNextResponse("limited", Failure.rateLimited(7));

        SlackCallFailed e = assertThrows(SlackCallFailed.class, () -> responder.respond(slack.responseUrl("limited"),
                Response.ephemeral("x")));

        assertEquals(SlackCallFailed.Kind.RATE_LIMITED, e.kind());
        assertEquals(Duration.ofSeconds(7), e.retryAfter());
        assertEquals(0, slack.responses("limited").size());
    }

    @Test
    void aResponseSlackRefusesWith4xxIsAPermanentFailureNamedAsSlackNamesIt() {
        slack.failNextResponse("refused", new Failure(400, 0, "invalid_blocks"));

        SlackCallFailed e = assertThrows(SlackCallFailed.class, () -> responder.respond(slack.responseUrl("refused"),
                Response.ephemeral("x")));

        assertEquals(SlackCallFailed.Kind.PERMANENT, e.kind());
        assertEquals("http 400 invalid_blocks", e.error());
    }

    @Test
    void aResponseUrlThatIsNotHttpIsRefusedWithoutSendingAnything() {
        SlackCallFailed e = assertThrows(SlackCallFailed.class, () -> responder.respond("file:///etc/passwd",
                Response.ephemeral("x")));
        assertEquals(SlackCallFailed.Kind.PERMANENT, e.kind());
    }

    @Test
    void anOpenedModalCanBeUpdatedAndAPostedMessageEdited() {
        String view = "{\"type\":\"modal\",\"title\":{\"type\":\"plain_text\",\"text\":\"A\"},\"blocks\":[]}";
        String id = responder.openView(slack.trigger(), view);
        responder.updateView(id, view.replace("\"A\"", "\"B\""));
        String ts = responder.post("C0MODS", "card", "[]");
        responder.updateMessage("C0MODS", ts, "card, decided", "[]");

        assertEquals("B", slack.api().view(id).orElseThrow().path("title").path("text").asText());
        assertEquals("card, decided", slack.workspace().message("C0MODS", ts).orElseThrow().text);
    }

    @Test
    void anExpiredTriggerIsAPermanentFailureNamedAsSlackNamesIt() {
        SlackCallFailed e = assertThrows(SlackCallFailed.class, () -> responder.openView(slack.expiredTrigger(),
                "{\"type\":\"modal\"}"));
        assertEquals("expired_trigger_id", e.error());
        assertEquals(SlackCallFailed.Kind.PERMANENT, e.kind());
    }
}
