package dev.gopherbot.gateway;

import dev.gopherbot.app.App;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.slack.Response;
import dev.gopherbot.common.stream.StreamKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The app the gateway's tests run: it subscribes to messages, joins and one other event type, answers {@code /demo}
 * with three subcommands (and a slash check that answers one more), clicks, and a modal whose submissions the gateway checks. Its handlers do nothing: the
 * gateway never runs them.
 */
public final class DemoApp {
    public static final String NAME = "demo";
    public static final String COMMAND = "/demo";
    /** A modal whose {@code name} input must not be empty. */
    public static final String FORM = "demo_form";
    public static final String NAME_INPUT = "name";
    /** A subcommand the app does not register but its slash check answers. */
    public static final String GREETING = "hello";

    public static final StreamKind MESSAGE_PUBLIC = StreamKind.messagePublic(NAME);
    public static final StreamKind MESSAGE_PRIVATE = StreamKind.messagePrivate(NAME);
    public static final StreamKind TEAM_JOIN = StreamKind.event(NAME, "team_join");
    public static final StreamKind MEMBER_JOINED_CHANNEL = StreamKind.event(NAME, "member_joined_channel");
    public static final StreamKind COMMAND_STREAM = StreamKind.command(NAME);
    public static final StreamKind INTERACTION = StreamKind.interaction(NAME);
    public static final List<StreamKind> KINDS = List.of(COMMAND_STREAM, INTERACTION, MESSAGE_PUBLIC,
            MESSAGE_PRIVATE, TEAM_JOIN, MEMBER_JOINED_CHANNEL);

    private DemoApp() {
    }

    public static App app() {
        return app(NAME);
    }

    /** The same app under another name (two apps in one deployment). */
    public static App app(String name) {
        return App.of(name, app -> app.add("DemoApp", r -> {
            r.command("help", "lists what it does", ctx -> Outcome.done());
            r.onTeamJoin("welcome", "welcomes people", ctx -> Outcome.done());
            r.onAnyChannelJoin("hello", "greets people", ctx -> Outcome.done());
            r.slash(COMMAND, "help", "help", "lists the subcommands", ctx -> Outcome.done());
            r.slash(COMMAND, "define", "define <term>", "explains a term", ctx -> Outcome.done());
            r.slash(COMMAND, "suggest", "suggest", "opens a form", ctx -> Outcome.done());
            r.slashCheck(COMMAND, invocation -> invocation.subcommand().equals(GREETING)
                    ? Optional.of(Response.ephemeral("Hello! `/demo help` lists what I do.")) : Optional.empty());
            r.onAction("approve", "approves", ctx -> Outcome.done());
            r.onSubmission(FORM, "stores the form", ctx -> Outcome.done());
            r.onShortcut("demo_shortcut", "does a shortcut", ctx -> Outcome.done());
            r.submissionCheck(FORM, view -> view.path("state").path("values").path(NAME_INPUT).path(NAME_INPUT)
                    .path("value").asText("").isBlank() ? Map.of(NAME_INPUT, "Give it a name.") : Map.of());
        }));
    }
}
