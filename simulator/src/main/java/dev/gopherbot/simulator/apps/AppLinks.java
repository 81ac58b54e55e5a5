package dev.gopherbot.simulator.apps;

import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.SlackBot;
import dev.gopherbot.testkit.slack.SlackSigner;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The installed apps, and who owns what: a bot user is an app's, a slash command is the app {@code SIM_COMMANDS}
 * gives it to, else the app named like it ({@code /desk}), else the only app.
 */
public final class AppLinks {
    private final List<AppLink> links;
    private final Map<String, String> commands;

    public AppLinks(List<SimulatedApp> apps, URI gateway, Map<String, String> commands) {
        this.links = apps.stream().map(a -> new AppLink(SlackBot.forApp(a.name(), a.botToken().reveal()),
                new SlackSigner(a.signingSecret().reveal()), gateway)).toList();
        this.commands = Map.copyOf(commands);
    }

    public List<AppLink> all() {
        return links;
    }

    public List<SlackBot> bots() {
        return links.stream().map(AppLink::bot).toList();
    }

    public Optional<AppLink> byName(String app) {
        return links.stream().filter(l -> l.name().equals(app)).findFirst();
    }

    public Optional<AppLink> byBotUser(String userId) {
        return links.stream().filter(l -> l.bot().userId().equals(userId)).findFirst();
    }

    /** The app a slash command goes to, if any. */
    public Optional<AppLink> forCommand(String command) {
        String owner = commands.get(command);
        if (owner != null) {
            return byName(owner);
        }
        Optional<AppLink> named = byName(command.substring(1));
        if (named.isPresent() || links.size() != 1) {
            return named;
        }
        return Optional.of(links.getFirst());
    }

    /** The commands the page can complete, by app (those {@code SIM_COMMANDS} lists, and {@code /<app>}). */
    public List<String> commandsOf(AppLink app) {
        List<String> listed = commands.entrySet().stream().filter(e -> e.getValue().equals(app.name()))
                .map(Map.Entry::getKey).sorted().toList();
        return listed.isEmpty() ? List.of("/" + app.name()) : listed;
    }

    /** Marks an app online when its processes call {@code auth.test} with its token. */
    public void observe(Call call) {
        if (call.method().equals("auth.test") && call.succeeded() && call.app() != null) {
            byName(call.app()).ifPresent(AppLink::cameOnline);
        }
    }

    public boolean allOnline() {
        return links.stream().allMatch(AppLink::online);
    }
}
