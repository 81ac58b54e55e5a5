package dev.gopherbot.app.ingress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GetAcceptanceTest {
    @Test
    void anEnqueuedGetMustBeAnsweredWithA200() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GetAcceptance.enqueue("k", 1, WebReply.html(400, "<p>no</p>")));
        assertEquals("an enqueued GET is answered with 200, not 400", e.getMessage());
    }

    @Test
    void aWebhookThatDoesNotDecideOnGetsAnswersThemWithOnGetAndEnqueuesNothing() {
        Webhook hook = request -> Acceptance.ignore("posts are not used");
        WebRequest get = new WebRequest("GET", "/hooks/a/b", Map.of(), Map.of(), new byte[0], Instant.EPOCH);

        GetAcceptance.Answer answer = assertInstanceOf(GetAcceptance.Answer.class, hook.acceptGet(get));

        assertEquals(405, answer.reply().status());
    }
}
