package dev.gopherbot.apps.gopherbot.content;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text from a data file with placeholders such as {@code {user}}, filled in when the bot sends it. Which
 * placeholders a text may use is fixed by where it is used; an unknown one is a mistake reported at load time (a typo
 * would otherwise reach Slack as a literal {@code {usr}}).
 */
public record Template(String text) {
    /** Lower-case words in braces; braces around anything else (Go code in a text) are left alone. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    /** The placeholders the text uses, in order of first use. */
    Set<String> placeholders() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The text with each placeholder replaced by its value; a placeholder without a value becomes empty. */
    public String render(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString().strip();
    }
}
