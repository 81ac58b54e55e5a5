package dev.gopherbot.gateway.ingress;

import dev.gopherbot.gateway.reply.Outcome;
import dev.gopherbot.gateway.reply.RequestRejected;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * The checks every Slack-facing POST shares, cheapest first: content type (415), size (413), then the signature
 * over the raw bytes (401). The body is read exactly once.
 */
public final class SignedRequestReader {
    public static final String RETRY_NUM_HEADER = "X-Slack-Retry-Num";
    private static final int MAX_RETRY_NUM = 100;

    private final SignatureVerifier verifier;
    private final BodyLimit limit;

    public SignedRequestReader(SignatureVerifier verifier, BodyLimit limit) {
        this.verifier = verifier;
        this.limit = limit;
    }

    public SignedRequest read(Context ctx, String mediaType, String requestId) {
        long receivedAt = System.currentTimeMillis();
        if (!ContentTypes.matches(ctx.header("Content-Type"), mediaType)) {
            throw new RequestRejected(Outcome.UNSUPPORTED_MEDIA_TYPE, "content type is not " + mediaType);
        }
        byte[] body;
        try {
            body = limit.read(ctx.req().getContentLengthLong(), ctx.req().getInputStream());
        } catch (IOException e) {
            throw RequestRejected.badRequest("body could not be read");
        }
        verifier.verify(ctx.header(SignatureVerifier.TIMESTAMP_HEADER), ctx.header(SignatureVerifier.SIGNATURE_HEADER),
                body);
        return new SignedRequest(body, retryNum(ctx.header(RETRY_NUM_HEADER)), requestId, receivedAt);
    }

    /** Slack sends 1, 2, 3; anything unparseable counts as a first delivery rather than failing the request. */
    static int retryNum(String header) {
        if (header == null) {
            return 0;
        }
        try {
            return Math.clamp(Integer.parseInt(header.trim()), 0, MAX_RETRY_NUM);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
