package dev.gopherbot.gateway.ingress;

/**
 * A request whose signature, timestamp window, content type and size were verified.
 *
 * @param body         the raw body bytes exactly as received: the signature covers them, and they are stored as is
 * @param retryNum     Slack's {@code X-Slack-Retry-Num}, 0 on the first delivery
 * @param requestId    {@code X-Request-ID} from the router, or one the gateway generated
 * @param receivedAtMs when the gateway received the request, epoch milliseconds
 */
public record SignedRequest(byte[] body, int retryNum, String requestId, long receivedAtMs) {
}
