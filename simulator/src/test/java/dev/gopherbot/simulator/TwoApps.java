package dev.gopherbot.simulator;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.methods.MethodsClient;
import dev.gopherbot.common.config.Secret;
import dev.gopherbot.common.slack.SlackClients;
import dev.gopherbot.common.slack.SlackSettings;
import dev.gopherbot.simulator.apps.SimulatedApp;
import dev.gopherbot.simulator.events.DeliveryPolicy;
import dev.gopherbot.simulator.events.RecordingGateway;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The simulator with two apps installed, {@code gopherbot} and {@code ossi} (example names), in front of a
 * {@link RecordingGateway}; the test plays the apps through the Web API with the Slack SDK and the person through
 * the page's JSON API, over real HTTP.
 */
public final class TwoApps implements AutoCloseable {
    public static final String GOPHERBOT_SECRET = "gopherbot-signing-secret";
    public static final String OSSI_SECRET = "ossi-signing-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    public final RecordingGateway gateway = new RecordingGateway();
    public final Simulator simulator;
    public final MethodsClient gopherbot;
    public final MethodsClient ossi;
    private final HttpClient http = HttpClient.newHttpClient();

    public TwoApps() {
        simulator = Simulator.start(new SimulatorSettings("127.0.0.1", 0, List.of(
                new SimulatedApp("gopherbot", new Secret("xoxb-gopherbot"), new Secret(GOPHERBOT_SECRET)),
                new SimulatedApp("ossi", new Secret("xoxb-ossi"), new Secret(OSSI_SECRET))), gateway.base(),
                Map.of("/gopher", "gopherbot"),
                new DeliveryPolicy(Duration.ofSeconds(1), List.of(Duration.ZERO))));
        gopherbot = client("xoxb-gopherbot");
        ossi = client("xoxb-ossi");
    }

    private MethodsClient client(String token) {
        return SlackClients.methods(new SlackSettings(new Secret(token), URI.create(simulator.apiUrl())));
    }

    /** A request of the page that must succeed; its JSON answer. */
    public JsonNode post(String path, String body) {
        HttpResponse<String> res = send(path, body);
        assertEquals(200, res.statusCode(), res.body());
        return json(res.body());
    }

    public HttpResponse<String> send(String path, String body) {
        return exchange(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> get(String path) {
        return exchange(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** The workspace as {@code user}'s page sees it now. */
    public JsonNode state(String user) {
        return json(get("/sim/state?user=" + user).body());
    }

    /** The messages of {@code channel} on {@code user}'s page. */
    public JsonNode messages(String user, String channel) {
        return state(user).path("messages").path(channel);
    }

    /** Waits for the first request to {@code path} that {@code wanted} accepts. */
    public RecordingGateway.Request awaitRequest(String path, Predicate<RecordingGateway.Request> wanted) {
        return await().atMost(Duration.ofSeconds(5)).until(() -> gateway.requests(path).stream().filter(wanted)
                .findFirst().orElse(null), java.util.Objects::nonNull);
    }

    /** POSTs {@code json} to a response URL the simulator handed out, as an app does. */
    public int respond(String responseUrl, String json) {
        return exchange(HttpRequest.newBuilder(URI.create(responseUrl)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build()).statusCode();
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(request.uri() + " failed", e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + simulator.port() + path);
    }

    public static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + s, e);
        }
    }

    @Override
    public void close() {
        simulator.close();
        gateway.close();
    }
}
