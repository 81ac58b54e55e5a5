package dev.gopherbot.apps.usersync.directory;

import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.MessageContext;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.handler.SlashContext;
import dev.gopherbot.apps.usersync.team.BotTeam;
import dev.gopherbot.common.web.LocalPath;
import dev.gopherbot.common.web.WebLinks;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How people reach the directory: {@code /usersync directory [search]}, or {@code directory [search]} in a DM to the
 * bot (or mentioning it, answered by DM). Either way the answer is a sign-in link for that person only, valid for
 * {@code WEB_LINK_TTL}: whoever holds it signs in as them, so it never goes into a channel.
 */
public final class DirectoryLinks implements Feature {
    public static final String COMMAND = "/usersync";

    private final WebLinks links;
    private final BotTeam team;
    private final String path;
    private final AppDefinition definition;

    /** @param path the directory page's whole path */
    public DirectoryLinks(WebLinks links, BotTeam team, String path, AppDefinition definition) {
        this.links = links;
        this.team = team;
        this.path = path;
        this.definition = definition;
    }

    @Override
    public void register(Registrar r) {
        r.slash(COMMAND, "directory", "directory [search]", "A sign-in link to the people directory, only for you",
                this::slash);
        r.slash(COMMAND, "help", "help", "Lists these commands", ctx -> {
            ctx.respond(help());
            return Outcome.done();
        });
        r.prefix("directory ", "directory [search]", "A sign-in link to the people directory, sent to you by DM",
                this::message);
    }

    private Outcome slash(SlashContext ctx) {
        ctx.respond(text(ctx.userId(), ctx.argument()));
        return Outcome.done();
    }

    private Outcome message(MessageContext ctx, String argument) {
        String user = ctx.message().user();
        if (ctx.message().isDirect()) {
            ctx.say(text(user, argument));
        } else {
            ctx.dm(text(user, argument));
            ctx.reply("I've sent you a link to the directory in a DM.");
        }
        return Outcome.done();
    }

    /** The link, opening on the search for {@code argument} when there is one. */
    String text(String userId, String argument) {
        DirectoryQuery query = new DirectoryQuery(argument.strip(), false, Optional.empty(), Optional.empty());
        String target = query.firstPage(path);
        if (query.text().length() > DirectoryQuery.MAX_TEXT || !LocalPath.isValid(target)) {
            target = path; // a search the page would refuse, or too long for a link: the directory itself
        }
        String url = links.mint(userId, team.id(), target);
        String searching = target.equals(path) ? "" : " (searching for " + Markdown.escape(query.text()) + ")";
        return "<" + url + "|Open the people directory>" + searching + ". The link signs you in and works for a few"
                + " minutes; don't share it.";
    }

    private String help() {
        List<String> lines = definition.interactive().slashCommands(COMMAND).stream()
                .map(s -> "`" + COMMAND + " " + s.usage() + "`: " + s.description()).toList();
        return lines.stream().collect(Collectors.joining("\n"))
                + "\nIn a DM, `directory [search]` sends the same link.";
    }

    /** Slack's mrkdwn escaping: {@code & < >} are the control characters of links and mentions. */
    static final class Markdown {
        private Markdown() {
        }

        static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}
