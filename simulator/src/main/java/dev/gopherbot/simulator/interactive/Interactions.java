package dev.gopherbot.simulator.interactive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.simulator.apps.AppLink;
import dev.gopherbot.simulator.apps.AppLinks;
import dev.gopherbot.testkit.slack.ResponseUrls;
import dev.gopherbot.testkit.slack.SlackPayloads;
import dev.gopherbot.testkit.slack.SlackWebApi;
import dev.gopherbot.testkit.slack.Views;
import dev.gopherbot.testkit.slack.Workspace;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clicks and modals, as Slack sends them to the app that owns the message or the view: {@code block_actions} for a
 * button or a select (with a {@code response_url} and a {@code trigger_id}), {@code view_submission} with
 * {@code view.state.values}, and {@code view_closed} when the view asked for it ({@code notify_on_close}). A
 * submission's answer is honoured as Slack does: {@code errors} are shown under the inputs and the modal stays open,
 * {@code update} and {@code push} change the stack, {@code clear} closes it all, and an empty 200 closes the view.
 */
public final class Interactions {
    /** Slack's words when an app does not take a submission. */
    static final String TROUBLE = "We had some trouble connecting. Try again?";
    private static final Logger log = LoggerFactory.getLogger(Interactions.class);

    /** What happened, for the page: null when all went well, else a line to show. */
    public record Result(String problem) {
        static final Result OK = new Result(null);
    }

    private final SlackWebApi api;
    private final AppLinks apps;
    private final SignedForms forms;
    private final Supplier<String> base;
    private final ModalErrors errors = new ModalErrors();

    public Interactions(SlackWebApi api, AppLinks apps, SignedForms forms, Supplier<String> base) {
        this.api = api;
        this.apps = apps;
        this.forms = forms;
        this.base = base;
    }

    public ModalErrors errors() {
        return errors;
    }

    /** A click on element {@code element} of block {@code block} of a message; {@code value} for a select. */
    public Result clickInMessage(Workspace.User person, Workspace.Channel channel, Workspace.Message m, int block,
                                 int element, String value) {
        AppLink app = apps.byBotUser(m.user).orElse(null);
        JsonNode blocks = blocks(m.blocks);
        Optional<Element> clicked = Element.find(blocks, block, element, "m" + m.ts.replace(".", ""));
        if (app == null || clicked.isEmpty()) {
            return new Result("nothing to click there");
        }
        ObjectNode p = Forms.base("block_actions", person, app.bot());
        p.put("trigger_id", api.views().issueTrigger(Instant.now(), person.id()));
        boolean ephemeral = m.ephemeralFor != null;
        p.putObject("container").put("type", "message").put("message_ts", m.ts).put("channel_id", channel.id())
                .put("is_ephemeral", ephemeral);
        p.putObject("channel").put("id", channel.id()).put("name", channel.isIm() ? "directmessage"
                : channel.name());
        if (!ephemeral) {
            ObjectNode message = p.putObject("message").put("type", "message").put("user", m.user)
                    .put("bot_id", app.bot().botId()).put("app_id", app.bot().appId()).put("text", m.text)
                    .put("ts", m.ts).put("team", SlackPayloads.TEAM_ID);
            if (blocks != null) {
                message.set("blocks", blocks);
            }
            if (m.threadTs != null) {
                message.put("thread_ts", m.threadTs);
            }
        }
        p.putObject("state").putObject("values");
        String responseId = "a" + api.workspace().newId('R').substring(1).toLowerCase(Locale.ROOT);
        api.responseUrls().register(responseId, new ResponseUrls.Target(app.bot().userId(), channel.id(),
                person.id(), m.ts));
        p.put("response_url", base.get() + "/responses/" + responseId);
        p.putArray("actions").add(clicked.get().action(value));
        return send(app, p, "block_actions");
    }

    /** A click on an element of a block in the person's open view; {@code inputs} is what the modal holds now. */
    public Result clickInView(Workspace.User person, String viewId, int block, int element, String value,
                              JsonNode inputs) {
        Optional<Views.View> view = top(person, viewId);
        Optional<AppLink> app = view.flatMap(v -> apps.byName(v.app()));
        Optional<Element> clicked = view.flatMap(v -> Element.find(v.json().path("blocks"), block, element, viewId));
        if (app.isEmpty() || clicked.isEmpty()) {
            return new Result("nothing to click there");
        }
        ObjectNode p = Forms.base("block_actions", person, app.get().bot());
        p.put("trigger_id", api.views().issueTrigger(Instant.now(), person.id()));
        p.putObject("container").put("type", "view").put("view_id", viewId);
        p.set("view", withState(view.get(), inputs));
        p.putArray("actions").add(clicked.get().action(value));
        return send(app.get(), p, "block_actions");
    }

    /** Submit: Slack's own checks first, then the app's answer decides what the person sees next. */
    public Result submit(Workspace.User person, String viewId, JsonNode inputs) {
        Optional<Views.View> found = top(person, viewId);
        if (found.isEmpty()) {
            return new Result("that form is no longer open");
        }
        Views.View view = found.get();
        Map<String, String> missing = ViewState.missing(view.json(), inputs);
        if (!missing.isEmpty()) {
            errors.show(person.id(), viewId, missing, null);
            api.views().touch(); // the page's long poll answers: the modal re-renders with its errors
            return Result.OK;
        }
        AppLink app = apps.byName(view.app()).orElse(null);
        if (app == null) {
            return new Result("the app that opened this form is not installed");
        }
        ObjectNode p = Forms.base("view_submission", person, app.bot());
        p.put("trigger_id", api.views().issueTrigger(Instant.now(), person.id()));
        p.set("view", withState(view, inputs));
        p.putArray("response_urls");
        SignedForms.Answer answer = forms.post(app.interactionsUrl(), app.signer(), Forms.payload(p));
        log.info("view_submission app={} callback_id={} status={} problem={}", app.name(), view.callbackId(),
                answer.status(), answer.problem());
        if (!answer.ok()) {
            errors.show(person.id(), viewId, Map.of(), TROUBLE + " (" + answer.explained() + ")");
            api.views().touch();
            return Result.OK;
        }
        respond(person.id(), view, parse(answer.body()));
        return Result.OK;
    }

    /** Cancel ({@code all} false: back to the previous view) or × (all views); {@code view_closed} if asked for. */
    public Result close(Workspace.User person, String viewId, boolean all) {
        Optional<Views.View> found = top(person, viewId);
        if (found.isEmpty()) {
            return Result.OK;
        }
        Views.View view = found.get();
        errors.clear(person.id());
        api.views().close(person.id(), all);
        Optional<AppLink> app = apps.byName(view.app());
        if (app.isEmpty() || !view.json().path("notify_on_close").asBoolean(false)) {
            return Result.OK;
        }
        ObjectNode p = Forms.base("view_closed", person, app.get().bot());
        p.set("view", view.json().deepCopy());
        p.put("is_cleared", all);
        return send(app.get(), p, "view_closed");
    }

    private void respond(String person, Views.View view, JsonNode answer) {
        String action = answer == null ? "" : answer.path("response_action").asText("");
        switch (action) {
            case "errors" -> {
                Map<String, String> byBlock = new java.util.LinkedHashMap<>();
                answer.path("errors").fields().forEachRemaining(e -> byBlock.put(e.getKey(), e.getValue().asText()));
                errors.show(person, view.id(), byBlock, null);
                api.views().touch();
            }
            case "update" -> {
                errors.clear(person);
                api.views().replaceTop(person, answer.path("view"), view.app());
            }
            case "push" -> {
                errors.clear(person);
                api.views().pushOnTop(person, answer.path("view"), view.app());
            }
            case "clear" -> {
                errors.clear(person);
                api.views().close(person, true);
            }
            default -> {
                errors.clear(person);
                api.views().close(person, false);
            }
        }
    }

    private Result send(AppLink app, ObjectNode payload, String type) {
        SignedForms.Answer answer = forms.post(app.interactionsUrl(), app.signer(), Forms.payload(payload));
        log.info("{} app={} status={} problem={}", type, app.name(), answer.status(), answer.problem());
        return answer.ok() ? Result.OK : new Result(app.name() + " did not take it: " + answer.explained());
    }

    private Optional<Views.View> top(Workspace.User person, String viewId) {
        var modal = api.views().modal(person.id());
        return modal.isEmpty() || !modal.getLast().id().equals(viewId) ? Optional.empty()
                : Optional.of(modal.getLast());
    }

    private static ObjectNode withState(Views.View view, JsonNode inputs) {
        ObjectNode json = view.json().deepCopy();
        json.putObject("state").set("values", ViewState.values(view.json(), inputs));
        return json;
    }

    /** A message's blocks, or null when it has none (or they are not a JSON array). */
    private static JsonNode blocks(String json) {
        try {
            JsonNode node = json == null ? null : Forms.JSON.readTree(json);
            return node != null && node.isArray() ? node : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            JsonNode node = Forms.JSON.readTree(json);
            return node != null && node.isObject() ? node : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** One interactive element of a block, found by position, as the {@code actions} entry of its click. */
    private record Element(String blockId, JsonNode element) {
        static Optional<Element> find(JsonNode blocks, int block, int element, String idSeed) {
            if (blocks == null || !blocks.isArray() || block < 0 || block >= blocks.size()) {
                return Optional.empty();
            }
            JsonNode b = blocks.get(block);
            JsonNode e = switch (b.path("type").asText()) {
                case "actions" -> b.path("elements").path(element);
                case "section" -> element == 0 ? b.path("accessory") : null;
                default -> null;
            };
            if (e == null || !e.isObject()) {
                return Optional.empty();
            }
            // Slack gives every block an id when the app sets none; this one is stable per message and position
            String blockId = b.path("block_id").asText(idSeed + "_" + block);
            return Optional.of(new Element(blockId, e));
        }

        ObjectNode action(String value) {
            String type = element.path("type").asText("button");
            ObjectNode a = Forms.JSON.createObjectNode().put("type", type)
                    .put("action_id", element.path("action_id").asText("")).put("block_id", blockId)
                    .put("action_ts", String.format(Locale.ROOT, "%.6f", System.currentTimeMillis() / 1000.0));
            if (element.has("text")) {
                a.set("text", element.get("text").deepCopy());
            }
            if (type.equals("button")) {
                if (element.has("value")) {
                    a.put("value", element.path("value").asText());
                }
                if (element.has("style")) {
                    a.put("style", element.path("style").asText());
                }
            } else if (value != null) {
                ArrayNode options = Forms.JSON.createArrayNode();
                element.path("options").forEach(options::add);
                element.path("option_groups").forEach(g -> g.path("options").forEach(options::add));
                for (JsonNode o : options) {
                    if (value.equals(o.path("value").asText(null))) {
                        a.set("selected_option", o.deepCopy());
                    }
                }
                if (!a.has("selected_option")) {
                    a.put("selected_" + (type.contains("user") ? "user" : type.contains("date") ? "date"
                            : "conversation"), value);
                }
            }
            return a;
        }
    }
}
