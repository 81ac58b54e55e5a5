package dev.gopherbot.apps.cravack.connect;

import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.slack.Post;
import dev.gopherbot.apps.cravack.tokens.Athletes;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Connecting and disconnecting: {@code /cravack connect}, {@code /cravack disconnect}, {@code /cravack help}, and an
 * invitation by DM to whoever joins the activities channel without a connected account.
 */
public final class ConnectCommands implements Feature {
    /** The slash command, as configured in the Slack app. */
    public static final String COMMAND = "/cravack";

    private final AppDefinition app;
    private final ConnectLinks links;
    private final Athletes athletes;
    private final Disconnect disconnect;
    private final String channel;

    public ConnectCommands(AppDefinition app, ConnectLinks links, Athletes athletes, Disconnect disconnect,
                           String channel) {
        this.app = app;
        this.links = links;
        this.athletes = athletes;
        this.disconnect = disconnect;
        this.channel = channel;
    }

    @Override
    public void register(Registrar r) {
        r.slash(COMMAND, "connect", "connect", "Connects your Strava account: your activities get posted",
                ctx -> {
                    Optional<Athletes.Athlete> current = athletes.bySlackUser(ctx.userId());
                    String intro = current.map(a -> "You are connected as *" + a.name() + "*; connecting again"
                            + " replaces it.").orElse("Connect Cravack to Strava:");
                    ctx.respond(links.message(ctx.userId(), intro));
                    return Outcome.done();
                });
        r.slash(COMMAND, "disconnect", "disconnect",
                "Revokes Cravack's access to your Strava account and deletes your tokens", disconnect);
        r.slash(COMMAND, "help", "help", "Lists these commands", ctx -> {
            ctx.respond("Cravack posts your Strava activities in <#" + channel + ">.\n"
                    + app.interactive().slashCommands(COMMAND).stream()
                    .map(s -> "• `" + COMMAND + " " + s.usage() + "`: " + s.description())
                    .collect(Collectors.joining("\n")));
            return Outcome.done();
        });
        r.onChannelJoin("invite", Set.of(channel), "Sends whoever joins the activities channel a link to connect",
                ctx -> {
                    if (athletes.bySlackUser(ctx.userId()).isEmpty()) {
                        ctx.dm(Post.text(links.message(ctx.userId(), "Welcome! Share your Strava activities here:")));
                    }
                    return Outcome.done();
                });
    }
}
