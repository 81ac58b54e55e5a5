package dev.gopherbot.simulator.chat;

import dev.gopherbot.testkit.slack.Workspace;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a person typed into the text Slack would put in the event: {@code &}, {@code <} and {@code >} escaped,
 * {@code @name} of a known user as {@code <@U…>}, {@code @here}/{@code @channel}/{@code @everyone} as
 * {@code <!here>}…, {@code #name} of a known channel as {@code <#C…|name>}, and bare links wrapped as {@code <url>}.
 * The bot parses exactly this markup, so the simulator must produce it as Slack's clients do.
 */
public final class MessageText {
    private static final Pattern TOKEN = Pattern.compile(
            "(?<url>https?://[^\\s<>]+)|(?<![\\w@])@(?<user>[\\w.-]+)|(?<![\\w#&])#(?<channel>[\\w-]+)");
    private static final String TRAILING_PUNCTUATION = ".,;:!?)'\"";

    private final Workspace workspace;

    public MessageText(Workspace workspace) {
        this.workspace = workspace;
    }

    public String toSlack(String typed) {
        String escaped = typed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        Matcher m = TOKEN.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String replacement(Matcher m) {
        if (m.group("url") != null) {
            String url = m.group("url");
            int end = url.length();
            while (end > 0 && TRAILING_PUNCTUATION.indexOf(url.charAt(end - 1)) >= 0) {
                end--;
            }
            // "&amp;" inside a link stays escaped, as Slack sends it
            return "<" + url.substring(0, end) + ">" + url.substring(end);
        }
        if (m.group("user") != null) {
            String typed = m.group("user");
            // "@gopherbot." ends a sentence: the dot is not part of the name
            String name = typed.replaceAll("[.-]+$", "");
            String rest = typed.substring(name.length());
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("here") || lower.equals("channel") || lower.equals("everyone")) {
                return "<!" + lower + ">" + rest;
            }
            return workspace.users().stream().filter(u -> u.name().equalsIgnoreCase(name)).findFirst()
                    .map(u -> "<@" + u.id() + ">" + rest).orElse(m.group());
        }
        String name = m.group("channel");
        return workspace.channels().stream().filter(c -> !c.isIm() && c.name().equalsIgnoreCase(name)).findFirst()
                .map(c -> "<#" + c.id() + "|" + c.name() + ">").orElse(m.group());
    }
}
