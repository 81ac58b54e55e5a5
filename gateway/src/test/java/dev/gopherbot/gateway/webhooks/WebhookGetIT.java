package dev.gopherbot.gateway.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.App;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.ingress.Acceptance;
import dev.gopherbot.app.ingress.GetAcceptance;
import dev.gopherbot.app.ingress.WebReply;
import dev.gopherbot.app.ingress.WebRequest;
import dev.gopherbot.app.ingress.Webhook;
import dev.gopherbot.common.stream.EntryFields;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.gateway.GatewayFixture;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A webhook GET that brings work (a browser back from an OAuth provider): enqueued with its query string as the body
 * once per dedup key and answered with the app's page, or refused with the app's page; over real HTTP and Redis.
 */
class WebhookGetIT {
    private static final StreamKind CALLBACK = StreamKind.webhook("hooks", "callback");
    private static GatewayFixture gateway;

    /** Accepts {@code ?ticket=ok-…}, refuses anything else. */
    private static final Webhook TICKETS = new Webhook() {
        @Override
        public GetAcceptance acceptGet(WebRequest request) {
            String ticket = request.query("ticket");
            return ticket.startsWith("ok-")
                    ? GetAcceptance.enqueue("ticket:" + ticket, request.receivedAt().getEpochSecond(),
                    WebReply.html(200, "<p>Thanks, we are on it.</p>"))
                    : GetAcceptance.refuse(WebReply.html(400, "<p>That ticket does not work.</p>"), "bad ticket");
        }

        @Override
        public Acceptance accept(WebRequest request) {
            return Acceptance.reject(405, "takes GET");
        }
    };

    @BeforeAll
    static void start() {
        gateway = GatewayFixture.start(Map.of(), List.of(App.of("hooks", app -> app.add("Hooks", r -> {
            r.webhook("callback", "a browser coming back", TICKETS, ctx -> Outcome.done());
            r.webhook("handshake", "answers GETs only", request -> Acceptance.ignore("unused"), ctx -> Outcome.done());
        }))));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @BeforeEach
    void reset() {
        gateway.reset();
    }

    @Test
    void anAcceptedGetIsEnqueuedWithItsRawQueryStringAsTheBodyAndAnsweredWithThePage() {
        HttpResponse<String> res = gateway.client().get("/hooks/hooks/callback?ticket=ok-1&code=a%2Fb");

        assertEquals(200, res.statusCode());
        assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("<p>Thanks, we are on it.</p>", res.body());
        var entries = gateway.entries(CALLBACK);
        assertEquals(1, entries.size());
        assertEquals("ticket=ok-1&code=a%2Fb", GatewayFixture.field(entries.getFirst(), EntryFields.BODY));
        assertEquals("ticket:ok-1", GatewayFixture.field(entries.getFirst(), EntryFields.EVENT_ID));
    }

    @Test
    void aReloadIsAnsweredWithTheSamePageAndNotEnqueuedAgain() {
        HttpResponse<String> first = gateway.client().get("/hooks/hooks/callback?ticket=ok-2");
        HttpResponse<String> again = gateway.client().get("/hooks/hooks/callback?ticket=ok-2");

        assertEquals(200, again.statusCode());
        assertEquals(first.body(), again.body());
        assertEquals(1, gateway.length(CALLBACK));
    }

    @Test
    void aRefusedGetGetsTheAppsStatusAndPageAndNothingIsStored() {
        HttpResponse<String> res = gateway.client().get("/hooks/hooks/callback?ticket=forged");

        assertEquals(400, res.statusCode());
        assertEquals("<p>That ticket does not work.</p>", res.body());
        assertEquals(0, gateway.length(CALLBACK));
    }

    @Test
    void pagesForbidScriptsAndFramingAndAreNeitherCachedNorPassedOnAsReferrer() {
        HttpResponse<String> res = gateway.client().get("/hooks/hooks/callback?ticket=ok-3");

        assertEquals("default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
                res.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("nosniff", res.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-referrer", res.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("no-store", res.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void aWebhookWithoutItsOwnGetDecisionStillAnswersThroughOnGet() {
        HttpResponse<String> res = gateway.client().get("/hooks/hooks/handshake?x=1");

        assertEquals(405, res.statusCode());
        assertEquals(0, gateway.length(StreamKind.webhook("hooks", "handshake")));
    }
}
