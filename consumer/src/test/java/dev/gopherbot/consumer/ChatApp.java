package dev.gopherbot.consumer;

import dev.gopherbot.app.App;
import dev.gopherbot.app.AppContext;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.slack.Post;
import java.util.List;
import java.util.function.Consumer;

/**
 * The app the consumer's tests run: a reaction to "gopher", an answer to "tour", a {@code help} command and
 * {@code /chat help}, plus whatever a test registers. Effects that a test can count, nothing more.
 */
public final class ChatApp {
    public static final String NAME = "chat";
    public static final String COMMAND = "/chat";
    public static final String TOUR = "https://go.dev/tour/";

    private ChatApp() {
    }

    /** The app with a test's own registrations added (named after the test in errors). */
    public static App with(Consumer<AppContext> extra) {
        return App.of(NAME, app -> {
            app.add("ChatApp", r -> {
                r.reaction(List.of("gopher"), List.of("gopher"), "reacts to gophers");
                r.response(List.of("tour"), Post.text("Take the tour: " + TOUR), "points to the tour");
                r.command("help", "lists what it does", ctx -> {
                    ctx.say("I react to gophers and point to the tour.");
                    return Outcome.done();
                });
                r.slash(COMMAND, "help", "help", "lists the subcommands", ctx -> {
                    ctx.respond("Only `" + COMMAND + " help` here.");
                    return Outcome.done();
                });
            });
            extra.accept(app);
        });
    }
}
