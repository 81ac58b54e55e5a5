package dev.gopherbot.gateway.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.gateway.GatewayFixture;
import dev.gopherbot.testkit.slack.SlackPayloads;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /healthz} and {@code GET /metrics} as an operator and Prometheus see them. */
class MetricsIT {
    private static GatewayFixture gateway;

    @BeforeAll
    static void start() {
        gateway = GatewayFixture.start();
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void healthzIs200WhileRedisAnswers() {
        HttpResponse<String> response = gateway.client().get("/healthz");

        assertEquals(200, response.statusCode());
        assertEquals("ok", response.body());
    }

    @Test
    void metricsAreServedInPrometheusTextFormat() {
        HttpResponse<String> response = gateway.client().get("/metrics");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"),
                response.headers().toString());
        assertTrue(response.body().contains("# TYPE gateway_requests_total counter"));
        assertTrue(response.body().contains("# TYPE gateway_enqueue_latency_seconds histogram"));
        assertTrue(response.body().contains("jvm_memory_used_bytes"));
    }

    @Test
    void requestsAreCountedByOutcomeAndEnqueueLatencyIsRecorded() {
        double enqueued = count("outcome=\"enqueued\"");
        double unauthorized = count("outcome=\"unauthorized\"");
        double badRequest = count("outcome=\"bad_request\"");
        double latencyCount = gateway.metric("gateway_enqueue_latency_seconds_count", "kind=\"demo.team_join\"");

        gateway.client().postEvent(SlackPayloads.teamJoin(SlackPayloads.newEventId(), "U0NEW", "newbie"));
        gateway.client().postEvent(SlackPayloads.teamJoin(SlackPayloads.newEventId(), "U0NEW2", "newbie2"));
        gateway.client().send(gateway.client().request("/slack/events", "application/json", new byte[0]).build());
        gateway.client().postEvent("{\"type\":");

        assertEquals(enqueued + 2, count("outcome=\"enqueued\""));
        assertEquals(unauthorized + 1, count("outcome=\"unauthorized\""));
        assertEquals(badRequest + 1, count("outcome=\"bad_request\""));
        assertEquals(latencyCount + 2, gateway.metric("gateway_enqueue_latency_seconds_count", "kind=\"demo.team_join\""));
        assertTrue(gateway.metric("gateway_enqueue_latency_seconds_bucket", "kind=\"demo.team_join\",le=\"2.0\"") >= 2);
    }

    private static double count(String outcome) {
        return gateway.metric("gateway_requests_total", outcome);
    }
}
