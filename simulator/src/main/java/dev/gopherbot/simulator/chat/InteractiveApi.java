package dev.gopherbot.simulator.chat;

import static dev.gopherbot.simulator.chat.Requests.body;
import static dev.gopherbot.simulator.chat.Requests.channel;
import static dev.gopherbot.simulator.chat.Requests.json;
import static dev.gopherbot.simulator.chat.Requests.number;
import static dev.gopherbot.simulator.chat.Requests.optionalText;
import static dev.gopherbot.simulator.chat.Requests.person;
import static dev.gopherbot.simulator.chat.Requests.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gopherbot.simulator.interactive.Interactions;
import dev.gopherbot.simulator.interactive.SlashCommands;
import dev.gopherbot.testkit.slack.Workspace;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/**
 * The page's interactive requests: a slash command typed in the composer, a click on a button or a choice in a
 * select of a message or a modal, a modal submitted or closed. Each waits for the app's answer (at most Slack's 3 s)
 * and says whether something went wrong; what the app shows in return arrives through the long poll.
 */
public final class InteractiveApi {
    private final Workspace workspace;
    private final SlashCommands commands;
    private final Interactions interactions;

    public InteractiveApi(Workspace workspace, SlashCommands commands, Interactions interactions) {
        this.workspace = workspace;
        this.commands = commands;
        this.interactions = interactions;
    }

    public void routes(RoutesConfig routes) {
        routes.post("/sim/commands", this::command);
        routes.post("/sim/actions", this::clickInMessage);
        routes.post("/sim/views/{view}/actions", this::clickInView);
        routes.post("/sim/views/{view}/submit", this::submit);
        routes.post("/sim/views/{view}/close", this::close);
    }

    private void command(Context ctx) {
        JsonNode body = body(ctx);
        Workspace.User me = person(workspace, text(body, "user"));
        Workspace.Channel channel = channel(workspace, text(body, "channel"));
        String typed = text(body, "text").strip();
        if (!typed.startsWith("/") || typed.length() < 2) {
            throw new BadRequestResponse("a slash command starts with / and a name");
        }
        if (!workspace.members(channel.id()).contains(me.id())) {
            throw new BadRequestResponse("join #" + channel.name() + " before using commands in it");
        }
        commands.run(me, channel, typed);
        json(ctx, Requests.JSON.createObjectNode().put("ok", true));
    }

    private void clickInMessage(Context ctx) {
        JsonNode body = body(ctx);
        Workspace.User me = person(workspace, text(body, "user"));
        Workspace.Channel channel = channel(workspace, text(body, "channel"));
        Workspace.Message m = workspace.message(channel.id(), text(body, "ts"))
                .filter(msg -> msg.ephemeralFor == null || msg.ephemeralFor.equals(me.id()))
                .orElseThrow(() -> new NotFoundResponse("no such message"));
        answer(ctx, interactions.clickInMessage(me, channel, m, number(body, "block"), number(body, "element"),
                optionalText(body, "value")));
    }

    private void clickInView(Context ctx) {
        JsonNode body = body(ctx);
        Workspace.User me = person(workspace, text(body, "user"));
        answer(ctx, interactions.clickInView(me, ctx.pathParam("view"), number(body, "block"),
                number(body, "element"), optionalText(body, "value"), body.path("inputs")));
    }

    private void submit(Context ctx) {
        JsonNode body = body(ctx);
        Workspace.User me = person(workspace, text(body, "user"));
        answer(ctx, interactions.submit(me, ctx.pathParam("view"), body.path("inputs")));
    }

    private void close(Context ctx) {
        JsonNode body = body(ctx);
        Workspace.User me = person(workspace, text(body, "user"));
        answer(ctx, interactions.close(me, ctx.pathParam("view"), body.path("all").asBoolean(false)));
    }

    private static void answer(Context ctx, Interactions.Result result) {
        var node = Requests.JSON.createObjectNode().put("ok", result.problem() == null);
        if (result.problem() != null) {
            node.put("problem", result.problem());
        }
        json(ctx, node);
    }
}
