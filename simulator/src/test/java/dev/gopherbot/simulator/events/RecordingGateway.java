package dev.gopherbot.simulator.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the gateway over real HTTP: records every request the simulator sends to any app's
 * {@code /slack/<app>/events}, {@code /commands} or {@code /interactions}, and answers each with the next scripted
 * answer (an empty 200 when none is left).
 */
public final class RecordingGateway implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as received: its path, headers, the raw body and when it arrived. */
    public record Request(String path, Map<String, String> headers, String body, Instant at) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        /** The form field of a slash command or an interaction. */
        public String form(String field) {
            for (String pair : body.split("&")) {
                String[] kv = pair.split("=", 2);
                if (java.net.URLDecoder.decode(kv[0], java.nio.charset.StandardCharsets.UTF_8).equals(field)) {
                    return kv.length < 2 ? "" : java.net.URLDecoder.decode(kv[1],
                            java.nio.charset.StandardCharsets.UTF_8);
                }
            }
            return null;
        }

        /** The JSON of an interaction's {@code payload} field. */
        public JsonNode payload() {
            try {
                return JSON.readTree(form("payload"));
            } catch (Exception e) {
                throw new AssertionError("no payload in " + body, e);
            }
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("body is not JSON: " + body, e);
            }
        }
    }

    private record Answer(int status, Duration delay, boolean noRetry, String body) {
    }

    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Javalin server;

    public RecordingGateway() {
        server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.concurrency.useVirtualThreads = true;
            cfg.routes.post("/slack/{app}/{what}", this::handle);
        }).start("127.0.0.1", 0);
    }

    /** The gateway's base URL, the simulator's {@code GATEWAY_URL}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    public synchronized RecordingGateway answer(int status) {
        script.add(new Answer(status, Duration.ZERO, false, ""));
        return this;
    }

    /** Answers 200 with this JSON, as an app answers a slash command or a submission at once. */
    public synchronized RecordingGateway answerJson(String json) {
        script.add(new Answer(200, Duration.ZERO, false, json));
        return this;
    }

    public synchronized RecordingGateway answerNoRetry(int status) {
        script.add(new Answer(status, Duration.ZERO, true, ""));
        return this;
    }

    /** Answers 200, but only after {@code delay}: slower than the simulator's timeout, it counts as no answer. */
    public synchronized RecordingGateway answerLate(Duration delay) {
        script.add(new Answer(200, delay, false, ""));
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests to one path, e.g. {@code /slack/ossi/commands}. */
    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(Context ctx) throws InterruptedException {
        Map<String, String> headers = new java.util.HashMap<>();
        ctx.headerMap().forEach((k, v) -> headers.put(k.toLowerCase(), v));
        requests.add(new Request(ctx.path(), Map.copyOf(headers), ctx.body(), Instant.now()));
        Answer answer;
        synchronized (this) {
            answer = script.isEmpty() ? new Answer(200, Duration.ZERO, false, "") : script.poll();
        }
        if (!answer.delay().isZero()) {
            closing.await(answer.delay().toMillis(), TimeUnit.MILLISECONDS);
        }
        if (answer.noRetry()) {
            ctx.header("X-Slack-No-Retry", "1");
        }
        ctx.status(answer.status());
        if (!answer.body().isEmpty()) {
            ctx.contentType("application/json").result(answer.body());
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop();
    }
}
