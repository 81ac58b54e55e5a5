package dev.gopherbot.gateway.ingress;

import dev.gopherbot.gateway.reply.Outcome;
import dev.gopherbot.gateway.reply.RequestRejected;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body of at most {@link #MAX_BYTES}. A declared {@code Content-Length} over the limit is refused
 * before a byte is read; a chunked body is read only up to one byte past the limit. Slack's own payloads are a few
 * kilobytes, so the limit only ever stops mistakes and abuse.
 */
public final class BodyLimit {
    public static final int MAX_BYTES = 1024 * 1024;

    private final int maxBytes;

    public BodyLimit() {
        this(MAX_BYTES);
    }

    BodyLimit(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * @param declaredLength the {@code Content-Length}, or -1 when the body is chunked
     * @throws RequestRejected 413 when the body is over the limit, 400 when it cannot be read to its end
     */
    public byte[] read(long declaredLength, InputStream in) {
        if (declaredLength > maxBytes) {
            throw tooLarge();
        }
        try {
            if (declaredLength >= 0) {
                byte[] body = in.readNBytes((int) declaredLength);
                if (body.length < declaredLength) {
                    throw RequestRejected.badRequest("body shorter than its Content-Length");
                }
                return body;
            }
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            throw RequestRejected.badRequest("body could not be read");
        }
    }

    private RequestRejected tooLarge() {
        return new RequestRejected(Outcome.TOO_LARGE, "body over " + maxBytes + " bytes");
    }
}
