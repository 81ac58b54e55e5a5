package dev.gopherbot.testkit.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Slack's {@code response_url}s: the URLs a slash command or a button click carries for answering it later. The fake
 * hands out URLs on itself ({@link FakeSlack#responseUrl(String)}) and records every JSON message posted to them.
 * Like Slack, it answers {@code 404 used_url} once a URL was used {@link #MAX_USES} times; it can be told to fail
 * the next post to a URL ({@link FakeSlack#failNextResponse}), which then records nothing and uses nothing up.
 *
 * <p>A URL {@link #register registered} with a {@link Target} also changes the workspace as Slack would: an
 * ephemeral message for the person who acted (the default), a message in the channel ({@code in_channel}), the
 * original message replaced ({@code replace_original}) or deleted ({@code delete_original}).
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

        public boolean deleteOriginal() {
            return body.path("delete_original").asBoolean(false);
        }
    }

    /**
     * Where a URL's answers go.
     *
     * @param botUserId the app's bot, the author of what is posted
     * @param user      the person who acted: ephemeral answers are for them only
     * @param messageTs the message whose button was clicked ({@code replace_original} replaces it), or null for a
     *                  slash command, whose {@code replace_original} replaces the URL's own previous answer
     */
    public record Target(String botUserId, String channel, String user, String messageTs) {
    }

    private final Workspace workspace;
    private final List<Response> responses = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Failure>> failures = new ConcurrentHashMap<>();
    private final Map<String, Target> targets = new ConcurrentHashMap<>();
    /** The message a URL last posted, which a later {@code replace_original} replaces. */
    private final Map<String, String> lastPosted = new ConcurrentHashMap<>();

    ResponseUrls(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<Response> all() {
        return List.copyOf(responses);
    }

    public List<Response> to(String id) {
        return responses.stream().filter(r -> r.id().equals(id)).toList();
    }

    /** Makes the answers posted to URL {@code id} appear in the workspace. */
    public void register(String id, Target target) {
        targets.put(id, target);
    }

    /** Records an answer given at once (a slash command's HTTP response) as the URL's last post. */
    public void answeredWith(String id, String messageTs) {
        lastPosted.put(id, messageTs);
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
        Response response;
        synchronized (this) {
            if (to(id).size() >= MAX_USES) {
                ctx.status(404).result("used_url");
                return;
            }
            response = new Response(id, body);
            responses.add(response);
        }
        Target target = targets.get(id);
        if (target != null) {
            apply(id, target, response);
        }
        ctx.status(200).result("ok");
    }

    private void apply(String id, Target target, Response r) {
        String original = target.messageTs() != null ? target.messageTs() : lastPosted.get(id);
        Optional<Workspace.Message> old = original == null ? Optional.empty()
                : workspace.message(target.channel(), original);
        if (r.deleteOriginal()) {
            old.ifPresent(workspace::delete);
            return;
        }
        String blocks = r.body().has("blocks") ? r.body().get("blocks").toString() : null;
        String attachments = r.body().has("attachments") ? r.body().get("attachments").toString() : null;
        if (r.replaceOriginal() && old.isPresent()) {
            workspace.update(old.get(), r.text(), attachments, blocks);
            return;
        }
        String thread = r.body().path("thread_ts").asText(null);
        Workspace.Message m = workspace.post(target.channel(), target.botUserId(), r.text(), thread,
                r.responseType().equals("in_channel") ? null : target.user());
        workspace.update(m, null, attachments, blocks);
        lastPosted.put(id, m.ts);
    }
}
