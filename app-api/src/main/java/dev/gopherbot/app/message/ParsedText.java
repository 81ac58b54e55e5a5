package dev.gopherbot.app.message;

import java.util.List;

/**
 * A message text read through Slack's markup.
 *
 * @param text         user mentions removed, channel/group/special mentions shown as {@code #name} / {@code @name},
 *                     links kept as markup, {@code &lt; &gt; &amp;} unescaped, runs of spaces collapsed, trimmed
 * @param searchable   {@code text} lower-cased with each link replaced by its label (or removed): what triggers are
 *                     searched in, so a URL never sets off a reaction
 * @param mentions     users mentioned, in order, without repeats and without the bot
 * @param botMentioned whether the bot user was mentioned
 */
public record ParsedText(String text, String searchable, List<String> mentions, boolean botMentioned) {
    public ParsedText {
        mentions = List.copyOf(mentions);
    }
}
