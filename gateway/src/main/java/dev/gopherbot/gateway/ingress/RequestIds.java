package dev.gopherbot.gateway.ingress;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The id that ties a request's log line, response and stream entry together. Heroku's router sends
 * {@code X-Request-ID}; anything else that is not a short token of safe characters is replaced, so a client cannot
 * inject text into the logs.
 */
public final class RequestIds {
    public static final String HEADER = "X-Request-ID";
    private static final int MAX_LENGTH = 200;

    private RequestIds() {
    }

    public static String resolve(String header) {
        return isSafe(header) ? header : generate();
    }

    /** A random version-4 UUID; not a secret, so the cheap thread-local generator is enough. */
    static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    static boolean isSafe(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '_' || c == '.' || c == ':' || c == '+' || c == '/' || c == '=';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
