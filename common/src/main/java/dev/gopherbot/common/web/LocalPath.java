package dev.gopherbot.common.web;

/**
 * A path inside this site, such as {@code /web/directory?team=go}: the only kind of place a sign-in link may send
 * the browser to afterwards, so the site never becomes an open redirect. Browsers read {@code //host},
 * {@code /\host} and {@code \\host} as another host, and drop tabs and newlines before doing so; all are refused.
 */
public final class LocalPath {
    static final int MAX_LENGTH = 1024;

    private LocalPath() {
    }

    public static boolean isValid(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || path.charAt(0) != '/') {
            return false;
        }
        if (path.length() > 1 && (path.charAt(1) == '/' || path.charAt(1) == '\\')) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            // printable ASCII only: anything else must arrive percent-encoded; no backslash anywhere
            if (c <= ' ' || c >= 0x7F || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** @throws IllegalArgumentException naming the rule (not the value) when {@code path} is not a local path */
    public static String require(String path) {
        if (!isValid(path)) {
            throw new IllegalArgumentException("path must be a local path such as /web/page: starting with one /,"
                    + " printable ASCII, no backslash");
        }
        return path;
    }
}
