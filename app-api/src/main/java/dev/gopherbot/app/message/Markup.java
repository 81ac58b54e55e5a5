package dev.gopherbot.app.message;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads Slack's message markup: {@code <@U…>} and {@code <@U…|name>} user mentions, {@code <#C…|name>} channels,
 * {@code <!subteam^S…|@team>}, {@code <!here>}, {@code <!channel>}, {@code <!everyone>}, and links
 * {@code <https://…|label>}. Anything that is not well-formed markup stays as text. One pass, no backtracking, so
 * hostile input (very long, thousands of brackets) costs linear time.
 */
public final class Markup {
    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");
    private static final Pattern CHANNEL_ID = Pattern.compile("[CGD][A-Z0-9]{2,}");
    private static final Pattern SUBTEAM_ID = Pattern.compile("S[A-Z0-9]{2,}");
    private static final Pattern LINK_SCHEME = Pattern.compile("(?i)(https?|mailto|tel|ftp|slack):.+");
    private static final Set<String> SPECIALS = Set.of("here", "channel", "everyone");

    private Markup() {
    }

    /**
     * Escapes text the bot did not write as markup (a user's words, a usage like {@code d/<import path>}, a glossary
     * definition's {@code <-ch}): Slack reads every {@code <…>} as a link or mention, and {@code <!channel>} echoed
     * back unescaped would notify a whole channel.
     */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static ParsedText parse(String raw, String botUserId) {
        String in = raw == null ? "" : raw;
        StringBuilder text = new StringBuilder(in.length());
        StringBuilder searchable = new StringBuilder(in.length());
        Set<String> mentioned = new LinkedHashSet<>();
        boolean bot = false;
        int i = 0;
        // where the next '>' and '<' are; found again only once passed, so hostile input stays linear (-1: none left)
        int close = 0;
        int reopen = 0;
        while (i < in.length()) {
            char c = in.charAt(i);
            if (c == '<') {
                if (close >= 0 && close <= i) {
                    close = in.indexOf('>', i + 1);
                }
                if (reopen >= 0 && reopen <= i) {
                    reopen = in.indexOf('<', i + 1);
                }
                // markup never nests: a second '<' before the '>' means the first one is plain text
                if (close > i + 1 && (reopen < 0 || reopen > close)) {
                    String inner = in.substring(i + 1, close);
                    String user = userMention(inner);
                    if (user != null) {
                        if (user.equals(botUserId)) {
                            bot = true;
                        } else {
                            mentioned.add(user);
                        }
                        i = close + 1;
                        continue;
                    }
                    String shown = shownAs(inner);
                    if (shown != null) {
                        text.append(shown);
                        searchable.append(shown);
                        i = close + 1;
                        continue;
                    }
                    if (LINK_SCHEME.matcher(inner).matches()) {
                        text.append(in, i, close + 1); // links stay intact, so echoing the text keeps them working
                        int bar = inner.indexOf('|');
                        searchable.append(bar < 0 ? " " : inner.substring(bar + 1));
                        i = close + 1;
                        continue;
                    }
                }
                text.append(c);
                searchable.append(c);
                i++;
                continue;
            }
            if (c == '&') {
                String entity = entityAt(in, i);
                if (entity != null) {
                    char plain = switch (entity) {
                        case "&lt;" -> '<';
                        case "&gt;" -> '>';
                        default -> '&';
                    };
                    text.append(plain);
                    searchable.append(plain);
                    i += entity.length();
                    continue;
                }
            }
            text.append(c);
            searchable.append(c);
            i++;
        }
        return new ParsedText(tidy(text), tidy(searchable).toLowerCase(Locale.ROOT), new ArrayList<>(mentioned), bot);
    }

    /** The user id of {@code @U…} or {@code @U…|name}, else null. */
    private static String userMention(String inner) {
        if (!inner.startsWith("@")) {
            return null;
        }
        String id = beforeBar(inner.substring(1));
        return USER_ID.matcher(id).matches() ? id : null;
    }

    /** How channel, group and special mentions read as text, else null. */
    private static String shownAs(String inner) {
        if (inner.startsWith("#")) {
            String id = beforeBar(inner.substring(1));
            if (!CHANNEL_ID.matcher(id).matches()) {
                return null;
            }
            String label = afterBar(inner);
            return "#" + (label == null || label.isEmpty() ? id : label);
        }
        if (inner.startsWith("!subteam^")) {
            String id = beforeBar(inner.substring("!subteam^".length()));
            if (!SUBTEAM_ID.matcher(id).matches()) {
                return null;
            }
            String label = afterBar(inner);
            return label == null || label.isEmpty() ? "@" + id : label.startsWith("@") ? label : "@" + label;
        }
        if (inner.startsWith("!")) {
            String name = beforeBar(inner.substring(1));
            return SPECIALS.contains(name) ? "@" + name : null;
        }
        return null;
    }

    private static String beforeBar(String s) {
        int bar = s.indexOf('|');
        return bar < 0 ? s : s.substring(0, bar);
    }

    private static String afterBar(String s) {
        int bar = s.indexOf('|');
        return bar < 0 ? null : s.substring(bar + 1);
    }

    private static String entityAt(String s, int i) {
        for (String e : new String[] {"&lt;", "&gt;", "&amp;"}) {
            if (s.startsWith(e, i)) {
                return e;
            }
        }
        return null;
    }

    /** Collapses runs of spaces and tabs (left behind where mentions were removed) and trims; newlines are kept. */
    private static String tidy(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u00a0') {
                space = true;
                continue;
            }
            if (space && !out.isEmpty() && c != '\n' && out.charAt(out.length() - 1) != '\n') {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString().strip();
    }
}
