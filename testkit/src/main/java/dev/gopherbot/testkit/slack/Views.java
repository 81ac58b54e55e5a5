package dev.gopherbot.testkit.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Modals and App Home views, as {@code views.open}, {@code views.push}, {@code views.update} and
 * {@code views.publish} leave them: each person has at most one modal open, a stack of up to three views; the
 * {@code trigger_id}s a person's actions produce ({@link #issueTrigger}) expire after {@link #TRIGGER_LIFETIME}, as
 * Slack's do. Views get what Slack adds to them: an id, {@code hash}, {@code state}, and a {@code block_id}
 * (and {@code action_id}) on every block that lacks one, so that a submission's {@code state.values} has stable keys.
 */
public final class Views {
    /** How long Slack accepts a {@code trigger_id}. */
    public static final Duration TRIGGER_LIFETIME = Duration.ofSeconds(3);
    /** Slack's limit of views in one modal's stack. */
    public static final int MAX_STACK = 3;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TYPES = Set.of("modal", "home");

    /** Who acted, and when, for a trigger id the fake issued. */
    public record Trigger(Instant issuedAt, String user) {
    }

    /**
     * One view as Slack stores it.
     *
     * @param app  the app whose bot opened it: its submissions go to that app
     * @param user the person it is shown to, or null when it was opened with a trigger the fake did not issue
     */
    public record View(String id, String app, String user, ObjectNode json) {
        public String callbackId() {
            return json.path("callback_id").asText("");
        }

        public String type() {
            return json.path("type").asText("");
        }
    }

    private final Workspace workspace;
    private final Map<String, Trigger> triggers = new LinkedHashMap<>();
    private final Map<String, View> byId = new LinkedHashMap<>();
    /** Per person, the open modal's views, root first. */
    private final Map<String, List<String>> stacks = new LinkedHashMap<>();

    Views(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A trigger id as if {@code user} acted at {@code issuedAt}. */
    public synchronized String issueTrigger(Instant issuedAt, String user) {
        String id = issuedAt.getEpochSecond() + "." + workspace.newId('T').substring(1).toLowerCase() + ".fake";
        triggers.put(id, new Trigger(issuedAt, user));
        return id;
    }

    public synchronized Optional<View> view(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The modal {@code user} sees, root first; empty when none is open. */
    public synchronized List<View> modal(String user) {
        return stacks.getOrDefault(user, List.of()).stream().map(byId::get).toList();
    }

    /** Closes the top view of {@code user}'s modal ({@code all}: the whole modal), as Cancel or × do. */
    public synchronized void close(String user, boolean all) {
        List<String> stack = stacks.get(user);
        if (stack == null) {
            return;
        }
        if (all || stack.size() <= 1) {
            stacks.remove(user);
        } else {
            stack.removeLast();
        }
        workspace.changed();
    }

    /** What a submission sends back: {@code update} replaces the top view, {@code push} adds one on top. */
    public synchronized View replaceTop(String user, JsonNode view, String app) {
        List<String> stack = stacks.get(user);
        if (stack == null || stack.isEmpty()) {
            throw new IllegalStateException(user + " has no modal open");
        }
        return store(stack.getLast(), app, user, view);
    }

    public synchronized View pushOnTop(String user, JsonNode view, String app) {
        View v = store(workspace.newId('V'), app, user, view);
        stacks.computeIfAbsent(user, k -> new ArrayList<>()).add(v.id());
        workspace.changed();
        return v;
    }

    /** Tells whoever polls the workspace that something about the views changed (errors shown beside them). */
    public void touch() {
        workspace.changed();
    }

    // --- the Web API methods, answered by SlackWebApi ---

    synchronized ObjectNode open(Map<String, String> p, SlackBot bot) {
        Trigger trigger = triggers.get(p.getOrDefault("trigger_id", ""));
        Optional<String> refused = checkTrigger(p);
        if (refused.isPresent()) {
            return SlackWebApi.error(refused.get());
        }
        JsonNode view = parse(p.get("view"), "modal");
        if (view == null) {
            return SlackWebApi.error("invalid_arguments");
        }
        String user = trigger == null ? null : trigger.user();
        View v = store(workspace.newId('V'), bot.app(), user, view);
        if (user != null) {
            // a new modal replaces one that was open
            stacks.put(user, new ArrayList<>(List.of(v.id())));
            workspace.changed();
        }
        return answer(v);
    }

    synchronized ObjectNode push(Map<String, String> p, SlackBot bot) {
        Trigger trigger = triggers.get(p.getOrDefault("trigger_id", ""));
        Optional<String> refused = checkTrigger(p);
        if (refused.isPresent()) {
            return SlackWebApi.error(refused.get());
        }
        JsonNode view = parse(p.get("view"), "modal");
        if (view == null) {
            return SlackWebApi.error("invalid_arguments");
        }
        if (trigger != null) {
            List<String> stack = stacks.get(trigger.user());
            if (stack == null || stack.isEmpty()) {
                return SlackWebApi.error("not_found");
            }
            if (stack.size() >= MAX_STACK) {
                return SlackWebApi.error("push_limit_reached");
            }
            View top = byId.get(stack.getLast());
            View v = store(workspace.newId('V'), bot.app(), trigger.user(), view);
            v.json().put("previous_view_id", top.id()).put("root_view_id", stack.getFirst());
            stack.add(v.id());
            workspace.changed();
            return answer(v);
        }
        return answer(store(workspace.newId('V'), bot.app(), null, view));
    }

    synchronized ObjectNode update(Map<String, String> p, SlackBot bot) {
        String id = p.get("view_id");
        if (blank(id) && !blank(p.get("external_id"))) {
            id = byId.values().stream().filter(v -> p.get("external_id").equals(v.json().path("external_id")
                    .asText(null))).map(View::id).findFirst().orElse(null);
        }
        if (blank(id) && blank(p.get("external_id"))) {
            return SlackWebApi.error("invalid_arguments");
        }
        View old = id == null ? null : byId.get(id);
        if (old == null || !old.app().equals(bot.app())) {
            // another app's view is as good as missing: Slack does not let one app touch another's views
            return SlackWebApi.error("not_found");
        }
        if (!blank(p.get("hash")) && !p.get("hash").equals(old.json().path("hash").asText())) {
            return SlackWebApi.error("hash_conflict");
        }
        JsonNode view = parse(p.get("view"), old.type());
        if (view == null) {
            return SlackWebApi.error("invalid_arguments");
        }
        return answer(store(old.id(), bot.app(), old.user(), view));
    }

    synchronized ObjectNode publish(Map<String, String> p, SlackBot bot) {
        String user = p.get("user_id");
        if (blank(user)) {
            return SlackWebApi.error("invalid_arguments");
        }
        if (workspace.user(user).isEmpty()) {
            return SlackWebApi.error("user_not_found");
        }
        JsonNode view = parse(p.get("view"), "home");
        if (view == null || !"home".equals(view.path("type").asText())) {
            return SlackWebApi.error("invalid_arguments");
        }
        String id = byId.values().stream().filter(v -> "home".equals(v.type()) && user.equals(v.user())
                && bot.app().equals(v.app())).map(View::id).findFirst().orElseGet(() -> workspace.newId('V'));
        return answer(store(id, bot.app(), user, view));
    }

    private Optional<String> checkTrigger(Map<String, String> p) {
        String id = p.get("trigger_id");
        if (blank(id)) {
            return Optional.of("invalid_arguments");
        }
        Trigger trigger = triggers.get(id);
        // trigger ids the fake did not issue are accepted: tests that do not care about expiry make up their own
        if (trigger != null && trigger.issuedAt().plus(TRIGGER_LIFETIME).isBefore(Instant.now())) {
            return Optional.of("expired_trigger_id");
        }
        return Optional.empty();
    }

    /** The view as sent, or null when it is not a view object of a known type. */
    private static JsonNode parse(String json, String defaultType) {
        try {
            JsonNode view = JSON.readTree(json == null ? "" : json);
            if (view == null || !view.isObject()) {
                return null;
            }
            String type = view.path("type").asText(defaultType);
            return TYPES.contains(type) ? view : null;
        } catch (Exception e) {
            return null;
        }
    }

    private View store(String id, String app, String user, JsonNode sent) {
        ObjectNode v = ((ObjectNode) sent).deepCopy();
        SlackBot bot = workspace.bots().stream().filter(b -> b.app().equals(app)).findFirst().orElse(null);
        v.put("id", id).put("team_id", SlackPayloads.TEAM_ID);
        if (bot != null) {
            v.put("app_id", bot.appId()).put("bot_id", bot.botId());
        }
        v.put("private_metadata", v.path("private_metadata").asText(""))
                .put("callback_id", v.path("callback_id").asText(""))
                .put("external_id", v.path("external_id").asText(""))
                .put("hash", System.nanoTime() + "." + Long.toHexString(Double.doubleToLongBits(Math.random())));
        View previous = byId.get(id);
        v.put("root_view_id", previous == null ? id : previous.json().path("root_view_id").asText(id));
        if (previous != null && previous.json().has("previous_view_id")) {
            v.set("previous_view_id", previous.json().get("previous_view_id"));
        }
        if (!v.has("state")) {
            v.putObject("state").putObject("values");
        }
        int n = 0;
        for (JsonNode block : v.path("blocks")) {
            n++;
            if (block.isObject() && !block.hasNonNull("block_id")) {
                ((ObjectNode) block).put("block_id", "b" + n + "_" + id.toLowerCase());
            }
            JsonNode element = block.path("element");
            if (element.isObject() && !element.hasNonNull("action_id")) {
                ((ObjectNode) element).put("action_id", "a" + n);
            }
        }
        View view = new View(id, app, user, v);
        byId.put(id, view);
        workspace.changed();
        return view;
    }

    private static ObjectNode answer(View v) {
        ObjectNode res = SlackWebApi.ok();
        res.set("view", v.json().deepCopy());
        return res;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
