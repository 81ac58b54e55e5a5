package dev.gopherbot.testkit.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Slack's {@code response_url}s: the URLs a slash command or a button click carries for answering it later. The fake
 * hands out URLs on itself ({@link FakeSlack#responseUrl(String)}) and records every JSON message posted to them.
 * Like Slack, it answers {@code 404 used_url} once a URL was used {@link #MAX_USES} times; it can be told to fail
 * the next post to a URL ({@link FakeSlack#failNextResponse}), which then records nothing and uses nothing up.
 */
public final class ResponseUrls {
    /** Slack allows five responses per URL (within 30 minutes). */
    public static final int MAX_USES = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One message posted to a response URL.
     *
     * @param id   the id the URL was made with
     * @param body the JSON posted: {@code text}, {@code blocks}, {@code response_type}, {@code replace_original}…
     */
    public record Response(String id, JsonNode body) {
        public String text() {
            return body.path("text").asText("");
        }

        /** {@code ephemeral} (Slack's default when absent) or {@code in_channel}. */
        public String responseType() {
            return body.path("response_type").asText("ephemeral");
        }

        public boolean replaceOriginal() {
            return body.path("replace_original").asBoolean(false);
        }
    }

    private final List<Response> responses = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();

    public List<Response> all() {
        return List.copyOf(responses);
    }

    public List<Response> to(String id) {
        return responses.stream().filter(r -> r.id().equals(id)).toList();
    }

    void failNext(String id, Failure failure) {
        failures.computeIfAbsent(id, k -> new ArrayDeque<>()).add(failure);
    }

    void handle(Context ctx) {
        String id = ctx.pathParam("id");
        Deque<Failure> scripted = failures.get(id);
        Failure failure = scripted == null ? null : scripted.poll();
        if (failure != null) {
            if (failure.retryAfterSeconds() > 0) {
                ctx.header("Retry-After", Integer.toString(failure.retryAfterSeconds()));
            }
            ctx.status(failure.httpStatus()).result(failure.error() == null ? "" : failure.error());
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (Exception e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            ctx.status(400).result("invalid_payload");
            return;
        }
        synchronized (this) {
            if (to(id).size() >= MAX_USES) {
                ctx.status(404).result("used_url");
                return;
            }
            responses.add(new Response(id, body));
        }
        ctx.status(200).result("ok");
    }
}
