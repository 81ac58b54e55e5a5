package dev.gopherbot.simulator.apps;

import dev.gopherbot.testkit.slack.SlackBot;
import dev.gopherbot.testkit.slack.SlackSigner;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How the simulated Slack reaches one installed app: its bot, the secret its requests are signed with, and its three
 * request URLs on the gateway ({@code /slack/<app>/events}, {@code /commands}, {@code /interactions}).
 */
public final class AppLink {
    private final SlackBot bot;
    private final SlackSigner signer;
    private final URI gateway;
    private final AtomicBoolean online = new AtomicBoolean();

    AppLink(SlackBot bot, SlackSigner signer, URI gateway) {
        this.bot = bot;
        this.signer = signer;
        this.gateway = gateway;
    }

    public String name() {
        return bot.app();
    }

    public SlackBot bot() {
        return bot;
    }

    public SlackSigner signer() {
        return signer;
    }

    public URI eventsUrl() {
        return url("events");
    }

    public URI commandsUrl() {
        return url("commands");
    }

    public URI interactionsUrl() {
        return url("interactions");
    }

    /** Whether the app's processes have called {@code auth.test} with its token: its consumer is up. */
    public boolean online() {
        return online.get();
    }

    void cameOnline() {
        online.set(true);
    }

    private URI url(String what) {
        return URI.create(gateway + "/slack/" + bot.app() + "/" + what);
    }
}
