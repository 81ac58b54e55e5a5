package dev.gopherbot.apps.gopherbot.suggest;

import dev.gopherbot.common.config.Env;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Settings of the "suggest a glossary term" workflow.
 *
 * @param moderatorsChannel {@code MODERATORS_CHANNEL}: the id of the channel where suggestions are posted for
 *                          approval (e.g. {@code C0MODS}); its members are the moderators. Unset: {@code /gopher
 *                          suggest} explains that suggestions are not enabled.
 */
public record SuggestSettings(Optional<String> moderatorsChannel) {
    private static final Pattern CHANNEL_ID = Pattern.compile("[CG][A-Z0-9]{2,}");

    public static SuggestSettings from(Env env) {
        String channel = env.raw("MODERATORS_CHANNEL");
        if (channel != null && !CHANNEL_ID.matcher(channel).matches()) {
            env.problem("MODERATORS_CHANNEL=" + channel + " is invalid: expected a channel id such as C0123ABCD "
                    + "(not a #name)");
            channel = null;
        }
        return new SuggestSettings(Optional.ofNullable(channel));
    }
}
