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
    /** @return empty to enqueue the command for its handler; a response to answer now instead (nothing enqueued) */
    Optional<Response> check(SlashInvocation invocation);
}
