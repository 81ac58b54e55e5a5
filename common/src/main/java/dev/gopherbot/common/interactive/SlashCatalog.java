package dev.gopherbot.common.interactive;

import java.util.List;
import java.util.Locale;

/**
 * The bot's slash command and its subcommands: the contract between the gateway, which answers an unknown one at
 * once (without a queue round trip), and the consumer, which registers a handler and a description for each. The
 * consumer refuses to start when its registrations and this list differ, so the two cannot drift apart.
 */
public final class SlashCatalog {
    /** The command configured in the Slack app (docs/interactivity.md). */
    public static final String COMMAND = "/gopher";
    /** What a bare {@code /gopher} means. */
    public static final String DEFAULT_SUBCOMMAND = "help";
    /** Every subcommand the consumer handles. Adding one: a name here, a registration in the consumer. */
    public static final List<String> SUBCOMMANDS = List.of("help", "define", "suggest");

    private static final int MAX_ECHO = 30;

    private SlashCatalog() {
    }

    /**
     * {@code /gopher define goroutine} arrives as command {@code /gopher} and text {@code define goroutine}.
     *
     * @param subcommand the first word, lower case; {@link #DEFAULT_SUBCOMMAND} for an empty text
     * @param argument   the rest, stripped; may be empty
     */
    public record Invocation(String subcommand, String argument) {
        public boolean known() {
            return SUBCOMMANDS.contains(subcommand);
        }
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

    /** The answer to an unknown command or subcommand, echoing a short, harmless form of what was typed. */
    public static String unknownText(String command, String subcommand) {
        String typed = COMMAND.equals(command) ? command + " " + subcommand : command;
        String shown = typed.replaceAll("[`<>&*_~]", "");
        if (shown.length() > MAX_ECHO) {
            shown = shown.substring(0, MAX_ECHO) + "…";
        }
        return "Sorry, I don't know `" + shown + "`: unknown command, try `" + COMMAND + " help`.";
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
