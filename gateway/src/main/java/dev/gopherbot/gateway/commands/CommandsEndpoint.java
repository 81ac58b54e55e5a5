package dev.gopherbot.gateway.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gopherbot.app.registry.SlashCatalog;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.gateway.ingress.Audience;
import dev.gopherbot.gateway.ingress.FormFields;
import dev.gopherbot.gateway.ingress.Reply;
import dev.gopherbot.gateway.ingress.SignedRequest;
import dev.gopherbot.gateway.ingress.SlackEndpoint;
import dev.gopherbot.gateway.queue.Acknowledger;
import dev.gopherbot.gateway.queue.QueuedEvent;

/**
 * {@code POST /slack/commands}: a slash command. A known {@code /gopher <subcommand>} is appended to the
 * {@code command} stream and acknowledged with an empty 200 (Slack then shows nothing until the consumer answers
 * through {@code response_url}); anything else is answered at once with an ephemeral message, never enqueued.
 *
 * <p>The dedup key is the {@code trigger_id}: Slack issues one per invocation, so it identifies the request the way
 * {@code event_id} identifies an event.
 */
public final class CommandsEndpoint implements SlackEndpoint {
    public static final String PATH = "/slack/commands";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Audience audience;
    private final Acknowledger acknowledger;

    public CommandsEndpoint(Audience audience, Acknowledger acknowledger) {
        this.audience = audience;
        this.acknowledger = acknowledger;
    }

    @Override
    public Reply handle(SignedRequest request) {
        FormFields form = FormFields.parse(request.body());
        String command = form.required("command");
        String triggerId = form.required("trigger_id");
        // the consumer answers through these; without them the command could only fail later, silently
        form.required("user_id");
        form.required("response_url");
        audience.verify(form.optional("api_app_id"), form.optional("team_id"));
        SlashCatalog.Invocation invocation = SlashCatalog.parse(form.optional("text"));
        if (!command.equals(SlashCatalog.COMMAND) || !invocation.known()) {
            return Reply.answered(ephemeral(SlashCatalog.unknownText(command, invocation.subcommand())),
                    "unknown command");
        }
        return acknowledger.append(StreamKind.COMMAND, new QueuedEvent(triggerId,
                request.receivedAtMs() / 1000, request.receivedAtMs(), request.requestId(), request.retryNum(),
                request.body()));
    }

    static String ephemeral(String text) {
        return JSON.createObjectNode().put("response_type", "ephemeral").put("text", text).toString();
    }
}
