package dev.gopherbot.gateway.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.handler.SlashText;
import dev.gopherbot.app.ingress.SlashCheck;
import dev.gopherbot.app.ingress.SlashInvocation;
import dev.gopherbot.app.slack.Response;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.gateway.ingress.Audience;
import dev.gopherbot.gateway.ingress.FormFields;
import dev.gopherbot.gateway.ingress.SignedRequest;
import dev.gopherbot.gateway.ingress.SlackEndpoint;
import dev.gopherbot.gateway.queue.Acknowledger;
import dev.gopherbot.gateway.queue.QueuedEvent;
import dev.gopherbot.gateway.reply.Reply;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code POST /slack/<app>/commands}: a slash command. A known {@code <command> <subcommand>} of the app is appended
 * to its {@code command} stream and acknowledged with an empty 200 (Slack then shows nothing until the consumer
 * answers through {@code response_url}); anything else is answered at once with an ephemeral message, never
 * enqueued. The app's {@code SlashCheck}, when it has one, sees every invocation of its command first, unknown
 * subcommands included, and may answer instead.
 *
 * <p>The dedup key is the {@code trigger_id}: Slack issues one per invocation, so it identifies the request the way
 * {@code event_id} identifies an event.
 */
public final class CommandsEndpoint implements SlackEndpoint {
    /** Under an app's {@code /slack/<app>}, and under {@code /slack} in a deployment of one app. */
    public static final String SUFFIX = "/commands";
    /** Where a deployment of one app answers, as before apps existed. */
    public static final String PATH = "/slack" + SUFFIX;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AppDefinition app;
    private final Audience audience;
    private final Acknowledger acknowledger;

    public CommandsEndpoint(AppDefinition app, Audience audience, Acknowledger acknowledger) {
        this.app = app;
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
        SlashText.Invocation invocation = SlashText.parse(form.optional("text"));
        boolean knownCommand = app.interactive().commands().contains(command);
        // the check sees unknown subcommands too, so an app can answer them with its own usage
        Optional<SlashCheck> check = knownCommand ? app.slashCheck(command) : Optional.empty();
        if (check.isPresent()) {
            Optional<Response> answer = check.get().check(new SlashInvocation(command, invocation.subcommand(),
                    invocation.argument(), form.optional("user_id"), form.optional("channel_id"),
                    form.optional("team_id"), Instant.ofEpochMilli(request.receivedAtMs())));
            if (answer.isPresent()) {
                return Reply.answered(answer.get().json(), "answered by the app's check");
            }
        }
        if (app.interactive().slash(command, invocation.subcommand()).isEmpty()) {
            return Reply.answered(ephemeral(SlashText.unknownText(command, invocation.subcommand(), knownCommand)),
                    knownCommand ? "unknown subcommand" : "unknown command");
        }
        return acknowledger.append(StreamKind.command(app.name()), new QueuedEvent(triggerId,
                request.receivedAtMs() / 1000, request.receivedAtMs(), request.requestId(), request.retryNum(),
                request.body()));
    }

    static String ephemeral(String text) {
        return JSON.createObjectNode().put("response_type", "ephemeral").put("text", text).toString();
    }
}
