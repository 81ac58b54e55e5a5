package dev.gopherbot.apps.timereport.command;

/**
 * What the user typed, quoted back in an error: code-formatted, markup characters removed (so {@code <!channel>}
 * cannot notify anyone), and cut short (a paste of a novel should not come back whole).
 */
final class Echo {
    private static final int MAX = 30;

    private Echo() {
    }

    static String of(String typed) {
        String shown = typed.replaceAll("[`<>&*_~]", "");
        if (shown.length() > MAX) {
            shown = shown.substring(0, MAX) + "…";
        }
        return "`" + shown + "`";
    }
}
