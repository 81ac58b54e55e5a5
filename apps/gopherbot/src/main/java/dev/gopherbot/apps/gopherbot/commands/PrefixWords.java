package dev.gopherbot.apps.gopherbot.commands;

/** The argument of a prefix command written in passing, in the middle of a sentence. */
final class PrefixWords {
    private PrefixWords() {
    }

    /** The first word: {@code "net/http has it"} → {@code "net/http"}. */
    static String first(String argument) {
        String s = argument.strip();
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }
}
