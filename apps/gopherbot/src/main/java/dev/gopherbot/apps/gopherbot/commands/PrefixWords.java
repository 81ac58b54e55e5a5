package dev.gopherbot.apps.gopherbot.commands;

import dev.gopherbot.app.handler.MessageContext;

/**
 * The argument of a prefix command, read the way the original bot read it. Asked of the bot (a DM or a mention), the
 * whole argument counts. Said in passing, only the word glued to the prefix counts: "d/net/http has it" is
 * {@code net/http}, while "d/ is odd" or "xkcd: what a site" has none, and the command stays quiet.
 */
final class PrefixWords {
    private PrefixWords() {
    }

    static String argument(MessageContext ctx, String prefix, String argument) {
        if (ctx.message().addressedToBot()) {
            return argument;
        }
        String text = ctx.message().text().strip();
        if (text.length() <= prefix.length() || Character.isWhitespace(text.charAt(prefix.length()))) {
            return "";
        }
        return first(argument);
    }

    /** The first word: {@code "net/http has it"} → {@code "net/http"}. */
    static String first(String argument) {
        String s = argument.strip();
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }
}
