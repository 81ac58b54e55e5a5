package dev.gopherbot.apps.gopherbot.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code in a Slack message, read from its raw text (the parsed text collapses spaces, and indentation matters
 * here): the {@code ```} blocks when there are any, else the whole message. Slack's markup is undone so the code is
 * what the author typed: links back to their text, {@code &lt; &gt; &amp;} back to characters.
 */
final class CodeText {
    private static final String FENCE = "```";
    /** Slack escapes a literal {@code <} as {@code &lt;}, so every {@code <…>} in a message is markup. */
    private static final Pattern MARKUP = Pattern.compile("<([^<>]*)>");
    /** A first line naming the language, as people write out of Markdown habit (Slack does not use it). */
    private static final Pattern LANGUAGE_LINE = Pattern.compile("(?i)\\s*(go|golang)\\s*");

    private CodeText() {
    }

    /** The code the message carries, trimmed of blank lines around it; empty when there is none. */
    static String of(String rawText) {
        String raw = rawText == null ? "" : rawText;
        if (!raw.contains(FENCE)) {
            return trimBlankLines(decode(raw));
        }
        String[] parts = raw.split(FENCE, -1);
        List<String> blocks = new ArrayList<>();
        // odd parts are inside fences; an unclosed last fence runs to the end of the message
        for (int i = 1; i < parts.length; i += 2) {
            String block = trimBlankLines(dropLanguageLine(decode(parts[i])));
            if (!block.isEmpty()) {
                blocks.add(block);
            }
        }
        return String.join("\n\n", blocks);
    }

    /**
     * The program to upload: the code of {@link #of}, with the prose around its blocks kept as {@code //} comments
     * in place, so whoever opens the link sees the question with the code (as the original bot did).
     */
    static String program(String rawText) {
        String raw = rawText == null ? "" : rawText;
        if (!raw.contains(FENCE)) {
            return of(raw);
        }
        String[] parts = raw.split(FENCE, -1);
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String piece = i % 2 == 1 ? trimBlankLines(dropLanguageLine(decode(parts[i])))
                    : comment(trimBlankLines(decode(parts[i])));
            if (!piece.isBlank()) {
                pieces.add(piece);
            }
        }
        return String.join("\n\n", pieces);
    }

    private static String comment(String prose) {
        return prose.lines().map(l -> l.isBlank() ? "//" : "// " + l.strip())
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    /** Lines of {@code code}; 0 for none. */
    static int lines(String code) {
        return code.isEmpty() ? 0 : (int) code.lines().count();
    }

    private static String decode(String s) {
        Matcher m = MARKUP.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(shown(m.group(1))));
        }
        m.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** What a piece of markup reads as: a link's label (or address), a channel's name, nothing for a mention. */
    private static String shown(String inner) {
        int bar = inner.indexOf('|');
        String target = bar < 0 ? inner : inner.substring(0, bar);
        String label = bar < 0 ? null : inner.substring(bar + 1);
        if (target.startsWith("@")) {
            return "";
        }
        if (target.startsWith("#")) {
            return "#" + (label != null ? label : target.substring(1));
        }
        if (target.startsWith("!")) {
            return label != null ? label : "@" + target.substring(1);
        }
        if (label != null) {
            return label;
        }
        return target.startsWith("mailto:") ? target.substring("mailto:".length()) : target;
    }

    private static String dropLanguageLine(String block) {
        int newline = block.indexOf('\n');
        if (newline > 0 && LANGUAGE_LINE.matcher(block.substring(0, newline)).matches()) {
            return block.substring(newline + 1);
        }
        return block;
    }

    /** Removes whole blank lines at the start and the end, keeping the first line's indentation. */
    private static String trimBlankLines(String s) {
        List<String> lines = new ArrayList<>(s.lines().toList());
        while (!lines.isEmpty() && lines.getFirst().isBlank()) {
            lines.removeFirst();
        }
        while (!lines.isEmpty() && lines.getLast().isBlank()) {
            lines.removeLast();
        }
        return lines.stream().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
