package dev.gopherbot.simulator.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.testkit.slack.Workspace;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/** Reading the page's JSON requests: each problem answered with 400 or 404 and a reason the page shows. */
final class Requests {
    static final ObjectMapper JSON = new ObjectMapper();

    private Requests() {
    }

    static JsonNode body(Context ctx) {
        try {
            JsonNode node = JSON.readTree(ctx.body());
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (Exception e) {
            // answered below
        }
        throw new BadRequestResponse("expected a JSON object");
    }

    static String text(JsonNode body, String field) {
        JsonNode v = body.path(field);
        if (!v.isTextual()) {
            throw new BadRequestResponse(field + " is required");
        }
        return v.asText();
    }

    static String optionalText(JsonNode body, String field) {
        JsonNode v = body.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    static int number(JsonNode body, String field) {
        JsonNode v = body.path(field);
        if (!v.canConvertToInt()) {
            throw new BadRequestResponse(field + " must be a number");
        }
        return v.asInt();
    }

    /** A person (not a bot) of the workspace. */
    static Workspace.User person(Workspace workspace, String userId) {
        return workspace.user(userId == null ? "" : userId).filter(u -> !u.isBot())
                .orElseThrow(() -> new BadRequestResponse("unknown user " + userId));
    }

    static Workspace.Channel channel(Workspace workspace, String id) {
        return workspace.channel(id).orElseThrow(() -> new NotFoundResponse("unknown channel " + id));
    }

    static void json(Context ctx, ObjectNode node) {
        ctx.contentType("application/json; charset=utf-8").result(node.toString());
    }
}
