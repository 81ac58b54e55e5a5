package dev.gopherbot.app.registry;

import java.util.Locale;

/**
 * The exact matching rules, in one place (CONTRIBUTING.md quotes them):
 * <ul>
 *   <li><b>commands</b> (and canned responses with a {@code command}): the message, with mentions removed, equals the
 *       name or an alias, ignoring case, repeated spaces and trailing {@code ? ! .}; only in a DM or when the bot is
 *       mentioned;</li>
 *   <li><b>prefixes</b>: the message starts with the prefix, ignoring case; only in a DM or when the bot is
 *       mentioned, unless registered for any message; the rest of the message is the argument;</li>
 *   <li><b>triggers</b> (reactions, {@code contains} responses): the trigger occurs in the message ignoring case, as
 *       whole words: a trigger that starts (ends) with a letter or digit must not be preceded (followed) by one, so
 *       {@code go} matches "let's go!" but not "gopher" or "ago". Chinese and Japanese characters count as symbols
 *       (those scripts have no spaces between words). Link targets are not searched, only their labels.</li>
 * </ul>
 */
public final class Matching {
    private Matching() {
    }

    /** Lower case, single spaces, trimmed: how names, aliases, prefixes and triggers are compared. */
    public static String normalize(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** {@link #normalize} plus trailing {@code ? ! .} removed: how a message is compared with command names. */
    public static String commandKey(String text) {
        String n = normalize(text);
        int end = n.length();
        while (end > 0 && "?!.".indexOf(n.charAt(end - 1)) >= 0) {
            end--;
        }
        return n.substring(0, end).strip();
    }

    /** Whether the normalized {@code trigger} occurs in lower-cased {@code text} as whole words. */
    public static boolean containsTrigger(String text, String trigger) {
        if (trigger.isEmpty()) {
            return false;
        }
        boolean wordStart = isWordChar(trigger.codePointAt(0));
        boolean wordEnd = isWordChar(trigger.codePointBefore(trigger.length()));
        for (int from = text.indexOf(trigger); from >= 0; from = text.indexOf(trigger, from + 1)) {
            int to = from + trigger.length();
            boolean startOk = !wordStart || from == 0 || !isWordChar(text.codePointBefore(from));
            boolean endOk = !wordEnd || to == text.length() || !isWordChar(text.codePointAt(to));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    /**
     * Letters, digits and {@code _} of scripts that separate words with spaces. Chinese and Japanese are written
     * without spaces, so there a whole-word rule would never match: their characters count as symbols (a trigger
     * {@code 彡} matches inside {@code ノ彡┻━┻}).
     */
    private static boolean isWordChar(int codePoint) {
        if (!Character.isLetterOrDigit(codePoint) && codePoint != '_') {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA;
    }
}
