package dev.gopherbot.apps.gopherbot.commands;

import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.MessageContext;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.message.Markup;
import dev.gopherbot.app.slack.Post;
import dev.gopherbot.apps.gopherbot.content.XkcdNames;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code xkcd:<number>} or {@code xkcd:<name>}: links the comic, with Slack's preview on so the comic shows. Names
 * come from {@code xkcd.yaml}. Nothing is fetched: a number is checked only for being plausible.
 */
public final class Xkcd implements Feature {
    private static final String PREFIX = "xkcd:";
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+");
    /** Longer than any plausible comic number; also keeps the parse below from overflowing. */
    private static final int MAX_DIGITS = 9;

    private final XkcdNames names;

    public Xkcd(XkcdNames names) {
        this.names = names;
    }

    @Override
    public void register(Registrar registrar) {
        registrar.prefixInAnyMessage(PREFIX, "xkcd:<number or name>", "Links an xkcd comic by number (`xkcd:1205`) or by name ("
                + examples() + ")", this::answer);
    }

    private Outcome answer(MessageContext ctx, String argument) {
        boolean asked = ctx.message().addressedToBot();
        // in passing ("xkcd:927 says it all") only the first word is the comic, and a typo gets no lecture
        Result result = resolve(PrefixWords.argument(ctx, PREFIX, argument));
        switch (result) {
            case Comic comic -> ctx.sayToMentioned(Post.text("https://xkcd.com/" + comic.number() + "/")
                    .unfurled(true));
            case Problem problem -> {
                if (asked) {
                    ctx.reply(problem.text());
                }
            }
        }
        return Outcome.done();
    }

    sealed interface Result {
    }

    record Comic(int number) implements Result {
    }

    record Problem(String text) implements Result {
    }

    /** What {@code xkcd:<argument>} means: a comic, or what is wrong with the argument. */
    Result resolve(String argument) {
        String arg = argument.strip();
        if (arg.isEmpty()) {
            return new Problem("Which comic? Give its number or a name, e.g. `xkcd:927` or `xkcd:standards`.");
        }
        if (NUMBER.matcher(arg).matches()) {
            String digits = arg.replaceFirst("^[+-]", "").replaceFirst("^0+(?=\\d)", "");
            if (arg.startsWith("-") && !digits.equals("0")) {
                return new Problem("xkcd counts its comics up from 1, so there is no comic " + arg + ".");
            }
            if (digits.length() > MAX_DIGITS || Integer.parseInt(digits) > XkcdNames.HIGHEST_PLAUSIBLE) {
                return new Problem("`xkcd:" + arg + "` is far beyond the newest comic; check the number.");
            }
            int number = Integer.parseInt(digits);
            return number == 0 ? new Problem("xkcd counts its comics up from 1, so there is no comic 0.")
                    : new Comic(number);
        }
        Optional<Integer> named = names.number(arg);
        if (named.isPresent()) {
            return new Comic(named.get());
        }
        return new Problem("I know no xkcd called `" + Markup.escape(arg) + "`. Give its number (`xkcd:927`), or one of the names "
                + "I know: " + String.join(", ", names.byName().keySet()) + ".");
    }

    /** For help: one name to try (not the count, so adding a name leaves the README's table as it is). */
    private String examples() {
        if (names.byName().isEmpty()) {
            return "none configured yet";
        }
        String example = names.byName().containsKey("standards") ? "standards" : names.byName().firstKey();
        return "e.g. `xkcd:" + example + "`; the names are in xkcd.yaml";
    }
}
