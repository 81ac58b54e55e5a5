package dev.gopherbot.app.handler;

import java.util.Locale;

/**
 * How a slash command's text reads: {@code /gopher define goroutine} arrives as command {@code /gopher} and text
 * {@code define goroutine}, i.e. subcommand {@code define} and argument {@code goroutine}. The gateway and the
 * consumer read it the same way through this class.
 */
public final class SlashText {
    /** What a bare command means, e.g. {@code /gopher} alone. */
    public static final String DEFAULT_SUBCOMMAND = "help";
    private static final int MAX_ECHO = 30;

    private SlashText() {
    }

    /**
     * @param subcommand the first word, lower case; {@link #DEFAULT_SUBCOMMAND} for an empty text
     * @param argument   the rest, stripped; may be empty
     */
    public record Invocation(String subcommand, String argument) {
    }

    public static Invocation parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new Invocation(DEFAULT_SUBCOMMAND, "");
        }
        int space = firstWhitespace(t);
        String first = space < 0 ? t : t.substring(0, space);
        String rest = space < 0 ? "" : t.substring(space).strip();
        return new Invocation(first.toLowerCase(Locale.ROOT), rest);
    }

    /**
     * The answer to an unknown subcommand, echoing a short, harmless form of what was typed.
     *
     * @param known whether {@code command} itself is one of the app's (else only the command is echoed)
     */
    public static String unknownText(String command, String subcommand, boolean known) {
        String typed = known ? command + " " + subcommand : command;
        String shown = typed.replaceAll("[`<>&*_~]", "");
        if (shown.length() > MAX_ECHO) {
            shown = shown.substring(0, MAX_ECHO) + "…";
        }
        String hint = known ? ", try `" + command + " help`" : "";
        return "Sorry, I don't know `" + shown + "`: unknown command" + hint + ".";
    }

    private static int firstWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
