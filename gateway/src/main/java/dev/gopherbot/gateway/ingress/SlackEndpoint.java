package dev.gopherbot.gateway.ingress;

import dev.gopherbot.gateway.reply.Reply;
import dev.gopherbot.gateway.reply.RequestRejected;

/**
 * One Slack-facing endpoint behind {@link SlackRoute}: it sees only requests whose content type, size and signature
 * were already checked, and answers with a {@link Reply} or throws {@link RequestRejected}.
 */
@FunctionalInterface
public interface SlackEndpoint {
    Reply handle(SignedRequest request);
}
