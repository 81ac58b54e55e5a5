package dev.gopherbot.app.ingress;

import java.time.Instant;

/**
 * A slash command as the gateway sees it, e.g. {@code /timesheet add vacation today}: command {@code /timesheet},
 * subcommand {@code add}, argument {@code vacation today}.
 */
public record SlashInvocation(String command, String subcommand, String argument, String userId, String channelId,
                              String teamId, Instant receivedAt) {
}
