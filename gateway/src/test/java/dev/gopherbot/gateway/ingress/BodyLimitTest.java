package dev.gopherbot.gateway.ingress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gopherbot.gateway.reply.Outcome;
import dev.gopherbot.gateway.reply.RequestRejected;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BodyLimitTest {
    private final BodyLimit limit = new BodyLimit(10);

    @Test
    void aBodyAtTheLimitIsReadWhole() {
        byte[] body = "0123456789".getBytes();
        assertArrayEquals(body, limit.read(10, new ByteArrayInputStream(body)));
        assertArrayEquals(body, limit.read(-1, new ByteArrayInputStream(body)));
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWithoutReadingAByte() {
        CountingStream in = new CountingStream(new byte[1000]);

        RequestRejected e = assertThrows(RequestRejected.class, () -> limit.read(11, in));

        assertEquals(Outcome.TOO_LARGE, e.outcome());
        assertEquals(0, in.read.get());
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedAfterReadingOneBytePastIt() {
        CountingStream in = new CountingStream(new byte[1000]);

        RequestRejected e = assertThrows(RequestRejected.class, () -> limit.read(-1, in));

        assertEquals(Outcome.TOO_LARGE, e.outcome());
        assertEquals(11, in.read.get());
    }

    @Test
    void aBodyShorterThanItsDeclaredLengthIsABadRequest() {
        RequestRejected e = assertThrows(RequestRejected.class,
                () -> limit.read(8, new ByteArrayInputStream(new byte[3])));
        assertEquals(Outcome.BAD_REQUEST, e.outcome());
    }

    @Test
    void theProductionLimitIsOneMebibyte() {
        assertEquals(1_048_576, BodyLimit.MAX_BYTES);
    }

    private static final class CountingStream extends InputStream {
        final AtomicLong read = new AtomicLong();
        private final ByteArrayInputStream data;

        CountingStream(byte[] data) {
            this.data = new ByteArrayInputStream(data);
        }

        @Override
        public int read() {
            int b = data.read();
            if (b >= 0) {
                read.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = data.read(b, off, len);
            if (n > 0) {
                read.addAndGet(n);
            }
            return n;
        }
    }
}
