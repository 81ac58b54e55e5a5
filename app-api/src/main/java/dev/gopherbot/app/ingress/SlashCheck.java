package dev.gopherbot.app.ingress;

import dev.gopherbot.app.slack.Response;
import java.util.Optional;

/**
 * Looks at a slash command in the gateway, before it is enqueued, within Slack's 3 s and without I/O: a bad input
 * gets its specific error at once, and a command that needs a confirmation answers with the prompt instead of being
 * enqueued.
 */
@FunctionalInterface
public interface SlashCheck {
    /**
     * Sees every invocation of the command, including subcommands the app does not register (answer them with the
     * app's usage, or let the gateway answer them as unknown).
     *
     * @return empty to enqueue the command for its handler (or, for an unknown subcommand, to let the gateway say it
     *         is unknown); a response to answer now instead (nothing enqueued)
     */
    Optional<Response> check(SlashInvocation invocation);
}
