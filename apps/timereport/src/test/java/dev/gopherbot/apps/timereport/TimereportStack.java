package dev.gopherbot.apps.timereport;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.stream.EntryFields;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.consumer.ConsumerFixture;
import dev.gopherbot.consumer.deadletters.DeadLetterCommand;
import dev.gopherbot.gateway.GatewayFixture;
import dev.gopherbot.testkit.slack.FakeSlack;
import dev.gopherbot.testkit.slack.InteractivePayloads;
import dev.gopherbot.testkit.slack.ResponseUrls;
import dev.gopherbot.testkit.timereportapi.FakeTimeReportApi;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The whole path in-process: the platform's {@link GatewayFixture} (a real gateway, signed HTTP requests as Slack
 * sends them) and {@link ConsumerFixture} (a real consumer, the fake Slack) on one redis-server, both hosting only
 * this app, and the fake time-report API. One per test class.
 */
final class TimereportStack implements AutoCloseable {
    static final String ALICE = "U0ALICE";
    static final String BOB = "U0BOB";
    static final int MAX_DELIVERIES = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    final FakeTimeReportApi api = FakeTimeReportApi.start();
    private final Map<String, String> env = Map.of("TIMEREPORT_API_URL", api.url(),
            "TIMEREPORT_API_TOKEN", FakeTimeReportApi.TOKEN, "TIMEREPORT_API_TIMEOUT", "1s",
            "MAX_DELIVERIES", Integer.toString(MAX_DELIVERIES));
    private final GatewayFixture gateway = GatewayFixture.start(env, List.of(new TimereportApp()));
    private final ConsumerFixture consumer = new ConsumerFixture(gateway.redis());
    final FakeSlack slack = consumer.slack;
    final RedisCommands<String, String> commands = consumer.commands;
    /** The gateway's key space, which the consumer is told to share. */
    final Keys keys = gateway.keys();
    final Keys appKeys = keys.forApp(TimereportApp.NAME);

    /** A prompt as the gateway answered it, and the value its buttons carry. */
    record Prompt(JsonNode body, String question, String value) {
        /** The {@code Idempotency-Key} a confirmed prompt is delivered with. */
        String idempotencyKey() {
            return "timereport-" + json(value).path("id").asText();
        }
    }

    TimereportStack() {
        Map<String, String> consumerEnv = new HashMap<>(env);
        consumerEnv.put("REDIS_KEY_PREFIX", keys.prefix());
        consumer.start(consumerEnv, List.of(new TimereportApp()));
    }

    /** Types {@code /timereport <text>} as {@code user}; the response URL is the fake's, named {@code urlId}. */
    HttpResponse<String> slash(String user, String text, String urlId) {
        return gateway.client().postForm("/slack/commands", InteractivePayloads.command("/timereport", text)
                .user(user, user.toLowerCase()).responseUrl(slack.responseUrl(urlId)).form());
    }

    /** The gateway's immediate answer to {@code /timereport <text>} by Alice, as JSON. */
    JsonNode answer(String text) {
        HttpResponse<String> response = slash(ALICE, text, UUID.randomUUID().toString());
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body());
    }

    /**
     * Appends {@code /timereport <text>} by Alice to the command stream directly, as a gateway without the app's
     * check would (during a rolling deploy); the consumer answers at {@code urlId}.
     */
    void enqueueCommand(String text, String urlId) {
        InteractivePayloads.Command command = InteractivePayloads.command("/timereport", text).user(ALICE, "alice")
                .responseUrl(slack.responseUrl(urlId));
        commands.xadd(keys.stream(StreamKind.command(TimereportApp.NAME)), Map.of(
                EntryFields.EVENT_ID, command.triggerId(),
                EntryFields.EVENT_TIME, Long.toString(System.currentTimeMillis() / 1000),
                EntryFields.RECEIVED_AT, Long.toString(System.currentTimeMillis()),
                EntryFields.REQUEST_ID, UUID.randomUUID().toString(), EntryFields.RETRY_NUM, "0",
                EntryFields.BODY, command.form()));
    }

    /** Alice's prompt for {@code /timereport <text>}. */
    Prompt prompt(String text) {
        JsonNode body = answer(text);
        JsonNode buttons = body.path("blocks").get(1).path("elements");
        return new Prompt(body, body.path("blocks").get(0).path("text").path("text").asText(),
                buttons.get(0).path("value").asText());
    }

    /** Clicks a prompt's button as {@code user}; the click's response URL is the fake's, named {@code urlId}. */
    HttpResponse<String> click(String user, String actionId, Prompt prompt, String urlId) {
        String payload = InteractivePayloads.blockAction(user, actionId, prompt.value(), "C0GENERAL",
                "1700000000.000100", slack.responseUrl(urlId), InteractivePayloads.newTriggerId());
        HttpResponse<String> response = gateway.client().postForm("/slack/interactions", InteractivePayloads.form(payload));
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    /**
     * A response URL Slack no longer takes answers at: used {@link ResponseUrls#MAX_USES} times already, so the fake
     * answers 404 as Slack does (after five uses or 30 minutes).
     */
    String spentResponseUrl() {
        String id = UUID.randomUUID().toString();
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < ResponseUrls.MAX_USES; i++) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(slack.responseUrl(id)))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"earlier answer\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        return id;
    }

    /** Waits for the answer posted to {@code urlId} whose text starts with {@code prefix}. */
    ResponseUrls.Response awaitResponse(String urlId, String prefix) {
        await().atMost(Duration.ofSeconds(10)).until(() -> slack.responses(urlId).stream()
                .anyMatch(r -> r.text().startsWith(prefix)));
        return slack.responses(urlId).stream().filter(r -> r.text().startsWith(prefix)).findFirst().orElseThrow();
    }

    /** Waits until the consumer acknowledged everything it read from the app's streams. */
    void awaitIdle() {
        await().atMost(Duration.ofSeconds(10)).until(() -> pending(StreamKind.interaction(TimereportApp.NAME)) == 0
                && pending(StreamKind.command(TimereportApp.NAME)) == 0);
    }

    /** The calls the fake API received for this prompt's change. */
    List<FakeTimeReportApi.Call> apiCalls(Prompt prompt) {
        return api.calls().stream().filter(c -> c.idempotencyKey().equals(prompt.idempotencyKey())).toList();
    }

    long length(StreamKind kind) {
        return commands.xlen(keys.stream(kind));
    }

    long deadLetters(StreamKind kind) {
        return commands.xlen(keys.deadLetters(kind));
    }

    private long pending(StreamKind kind) {
        return commands.xpending(keys.stream(kind), ConsumerFixture.GROUP).getCount();
    }

    /** {@code java -jar consumer.jar dead-letters <args>}, as an operator runs it; returns what it printed. */
    String deadLetterCommand(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new DeadLetterCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                List.of(StreamKind.command(TimereportApp.NAME), StreamKind.interaction(TimereportApp.NAME)))
                .run(List.of(args), new Env(Map.of("REDIS_URL", gateway.redis().url(),
                        "REDIS_KEY_PREFIX", keys.prefix())));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    @Override
    public void close() {
        consumer.stopApp();
        gateway.close();
        consumer.close();
        api.close();
    }
}
