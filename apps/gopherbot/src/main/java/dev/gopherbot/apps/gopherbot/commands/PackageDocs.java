package dev.gopherbot.apps.gopherbot.commands;

import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.MessageContext;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.message.Markup;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documentation links on pkg.go.dev: {@code d/<import path>} ({@code d/net/http},
 * {@code d/golang.org/x/sync/errgroup}) and {@code ghd/<owner>/<repo>} for a GitHub repository
 * ({@code ghd/spf13/cobra}). Either may end in {@code @version} and {@code #Symbol}. The path is checked before a
 * link is made from it, so a typo gets an explanation instead of a link to a "not found" page.
 */
public final class PackageDocs implements Feature {
    static final String BASE = "https://pkg.go.dev/";
    private static final int MAX_LENGTH = 300;
    /** A path element: what Go's module rules allow, less the rarely seen; no leading or trailing dot. */
    private static final Pattern ELEMENT = Pattern.compile("[A-Za-z0-9_~+\\-]([A-Za-z0-9_~+.\\-]*[A-Za-z0-9_~+\\-])?");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9_.+\\-]+");
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    /** GitHub's rule for user and organisation names. */
    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9](-?[A-Za-z0-9]){0,38}");
    private static final Pattern LINK = Pattern.compile("<([^<>|]+)(?:\\|([^<>]*))?>");

    @Override
    public void register(Registrar registrar) {
        registrar.prefixInAnyMessage("d/", "d/<import path>", "Links a package's documentation on pkg.go.dev (`d/net/http`, "
                + "`d/golang.org/x/sync/errgroup`)", (ctx, argument) -> answer(ctx, docs(PrefixWords.argument(ctx, "d/", argument))));
        registrar.prefixInAnyMessage("ghd/", "ghd/<owner>/<repo>", "Links the documentation of a Go module on GitHub "
                + "(`ghd/spf13/cobra` → pkg.go.dev/github.com/spf13/cobra)", (ctx, argument) ->
                answer(ctx, gitHubDocs(PrefixWords.argument(ctx, "ghd/", argument))));
    }

    private static Outcome answer(MessageContext ctx, Answer answer) {
        switch (answer) {
            case Link link -> ctx.sayToMentioned("Documentation for `" + link.path() + "`: " + link.url());
            // a message that merely starts with "d/" was not a question to the bot: no lecture on import paths
            case Problem problem -> {
                if (ctx.message().addressedToBot()) {
                    ctx.reply(problem.text());
                }
            }
        }
        return Outcome.done();
    }

    sealed interface Answer {
    }

    record Link(String path, String url) implements Answer {
    }

    record Problem(String text) implements Answer {
    }

    static Answer docs(String argument) {
        String arg = unlink(argument);
        if (arg.isEmpty()) {
            return new Problem("Which package? Write its import path after `d/`, e.g. `d/net/http`.");
        }
        return check(arg, "e.g. `d/net/http` or `d/golang.org/x/sync/errgroup`");
    }

    static Answer gitHubDocs(String argument) {
        String arg = unlink(argument);
        if (arg.regionMatches(true, 0, "github.com/", 0, "github.com/".length())) {
            arg = arg.substring("github.com/".length());
        }
        if (arg.isEmpty()) {
            return new Problem("Which repository? Write it after `ghd/` as owner/repo, e.g. `ghd/spf13/cobra`.");
        }
        String owner = arg.split("[/@#]", 2)[0];
        if (!OWNER.matcher(owner).matches()) {
            return new Problem("`" + Markup.escape(owner) + "` is not a GitHub user or organisation name (letters, digits and "
                    + "single hyphens, at most 39); write `ghd/&lt;owner&gt;/&lt;repo&gt;`, e.g. `ghd/spf13/cobra`.");
        }
        if (!arg.substring(owner.length()).matches("/[^/@#]+.*")) {
            return new Problem("Add the repository after the owner: `ghd/" + owner + "/<repo>`.");
        }
        return check("github.com/" + arg, "e.g. `ghd/spf13/cobra`");
    }

    /** Checks {@code path[@version][#Symbol]} and makes the link. */
    private static Answer check(String arg, String example) {
        if (arg.length() > MAX_LENGTH) {
            return new Problem("That is longer than any import path I would link; " + example + ".");
        }
        String rest = arg;
        String symbol = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            symbol = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
            if (!SYMBOL.matcher(symbol).matches()) {
                return new Problem("`#" + symbol + "` is not a Go identifier (such as `#Client` or "
                        + "`#Client.Do`).");
            }
        }
        String version = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            version = rest.substring(at + 1);
            rest = rest.substring(0, at);
            if (!VERSION.matcher(version).matches()) {
                return new Problem("`@" + version + "` is not a version (such as `@v1.2.3` or `@latest`).");
            }
        }
        if (rest.startsWith("/") || rest.endsWith("/") || rest.contains("//")) {
            return new Problem("An import path has no empty parts, and no `/` at its start or end; " + example + ".");
        }
        for (String element : rest.split("/")) {
            if (!ELEMENT.matcher(element).matches()) {
                return new Problem("`" + Markup.escape(element) + "` cannot be part of an import path (letters, digits and "
                        + "`- . _ ~ +`, not starting or ending with a dot); " + example + ".");
            }
        }
        String path = rest + (version == null ? "" : "@" + version);
        return new Link(rest, BASE + path + (symbol == null ? "" : "#" + symbol));
    }

    /**
     * What the person typed, where Slack turned part of it into a link: {@code <http://github.com/x/y|github.com/x/y>}
     * reads as its label, a bare {@code <https://example.com/x>} as the address without its scheme.
     */
    static String unlink(String argument) {
        Matcher m = LINK.matcher(argument.strip());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String shown = m.group(2) != null && !m.group(2).isEmpty() ? m.group(2)
                    : m.group(1).replaceFirst("^(?i)https?://", "");
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString().strip();
    }
}
