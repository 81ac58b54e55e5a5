package dev.gopherbot.app;

import dev.gopherbot.app.handler.ChannelJoinHandler;
import dev.gopherbot.app.handler.EventHandler;
import dev.gopherbot.app.handler.InteractionHandler;
import dev.gopherbot.app.handler.MessageHandler;
import dev.gopherbot.app.handler.PrefixHandler;
import dev.gopherbot.app.handler.SlashHandler;
import dev.gopherbot.app.handler.TeamJoinHandler;
import dev.gopherbot.app.handler.WebhookHandler;
import dev.gopherbot.app.ingress.SlashCheck;
import dev.gopherbot.app.ingress.SubmissionCheck;
import dev.gopherbot.app.ingress.Webhook;
import dev.gopherbot.app.job.JobHandler;
import dev.gopherbot.app.message.Message;
import dev.gopherbot.app.registry.InteractiveRegistry.InteractionReg;
import dev.gopherbot.app.registry.InteractiveRegistry.On;
import dev.gopherbot.app.registry.InteractiveRegistry.SlashReg;
import dev.gopherbot.app.registry.JoinedChannels;
import dev.gopherbot.app.registry.Registration;
import dev.gopherbot.app.slack.Post;
import dev.gopherbot.app.web.PageHandler;
import dev.gopherbot.common.schedule.Schedule;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The contributor's API: every way an app attaches behaviour, in one place. Each registration carries a description
 * (help texts and the behaviours table are generated from them) and is claimed once: a second claim of a name,
 * trigger, subcommand or id fails at startup naming both origins.
 */
public final class Registrar {
    private final AppDefinition app;
    private final String origin;

    Registrar(AppDefinition app, String origin) {
        this.app = app;
        this.origin = origin;
    }

    // --- messages and joins (Events API) ---

    /** A command matched exactly (see {@code Matching}), by its name or an alias, in a DM or when mentioned. */
    public void command(String name, List<String> aliases, String description, MessageHandler handler) {
        app.registry().addCommand(new Registration.CommandReg(name, List.copyOf(aliases), description, origin,
                handler));
    }

    public void command(String name, String description, MessageHandler handler) {
        command(name, List.of(), description, handler);
    }

    /**
     * A command that starts with {@code prefix} (e.g. {@code "define "}, {@code "xkcd:"}), in a DM or when mentioned.
     *
     * @param usage how help shows it, e.g. {@code define <term>}
     */
    public void prefix(String prefix, String usage, String description, PrefixHandler handler) {
        app.registry().addPrefix(new Registration.PrefixReg(prefix, usage, description, origin, handler, false));
    }

    /**
     * Like {@link #prefix}, but also for messages not addressed to the bot, in channels and threads alike: for a
     * shorthand nobody types by accident ({@code xkcd:927}, {@code d/net/http}). The handler can tell the two apart
     * ({@code ctx.message().addressedToBot()}) and should stay quiet on a malformed argument nobody asked it about.
     */
    public void prefixInAnyMessage(String prefix, String usage, String description, PrefixHandler handler) {
        app.registry().addPrefix(new Registration.PrefixReg(prefix, usage, description, origin, handler, true));
    }

    /** Reacts with {@code emoji} to every message containing one of {@code triggers}. */
    public void reaction(List<String> triggers, List<String> emoji, String description) {
        app.registry().addReaction(new Registration.ReactionReg(List.copyOf(triggers), List.copyOf(emoji),
                Registration.When.ALWAYS, 1.0, description, origin));
    }

    /** Reacts only when the message also mentions the bot (or is a DM). */
    public void reactionWhenMentioned(List<String> triggers, List<String> emoji, String description) {
        app.registry().addReaction(new Registration.ReactionReg(List.copyOf(triggers), List.copyOf(emoji),
                Registration.When.MENTIONED, 1.0, description, origin));
    }

    /** Reacts with probability {@code chance} (0 &lt; chance ≤ 1), decided once per event. */
    public void reactionByChance(List<String> triggers, List<String> emoji, double chance, String description) {
        app.registry().addReaction(new Registration.ReactionReg(List.copyOf(triggers), List.copyOf(emoji),
                Registration.When.RANDOM, chance, description, origin));
    }

    /** Answers {@code post} in the channel (or thread) to any message containing one of {@code triggers}. */
    public void response(List<String> triggers, Post post, String description) {
        app.registry().addResponse(new Registration.ResponseReg(List.copyOf(triggers), post, description, origin));
    }

    /** Anything else: {@code matches} sees every message that passed the rules, addressed to the bot or not. */
    public void matcher(String name, String description, Predicate<Message> matches, MessageHandler handler) {
        app.registry().addMatcher(new Registration.MatcherReg(name, description, origin, matches, handler));
    }

    public void onTeamJoin(String name, String description, TeamJoinHandler handler) {
        app.registry().addTeamJoin(new Registration.TeamJoinReg(name, description, origin, handler));
    }

    /** Runs when someone joins one of {@code channelIds}. */
    public void onChannelJoin(String name, Set<String> channelIds, String description, ChannelJoinHandler handler) {
        app.registry().addChannelJoin(new Registration.ChannelJoinReg(name, JoinedChannels.ids(channelIds),
                description, origin, handler));
    }

    /**
     * Runs when someone joins any channel; the handler decides whether the channel is one of its own (channels
     * configured by name are only known through the channel cache, which a handler may read and the dispatcher may
     * not).
     */
    public void onAnyChannelJoin(String name, String description, ChannelJoinHandler handler) {
        app.registry().addChannelJoin(new Registration.ChannelJoinReg(name, JoinedChannels.everyChannel(),
                description, origin, handler));
    }

    /**
     * Any other Events API event type, e.g. {@code user_change}: subscribing here is what makes the gateway route
     * that type into the app's stream (unsubscribed types are acknowledged and dropped).
     */
    public void onEvent(String eventType, String name, String description, EventHandler handler) {
        app.addEvent(new AppDefinition.EventReg(eventType, name, description, origin, handler));
    }

    // --- slash commands, buttons, modals, shortcuts (interactivity) ---

    /**
     * {@code <command> <subcommand> …}, e.g. {@code /gopher define}; listed by the command's help as
     * {@code usage}: {@code description}. A bare command means its {@code help} subcommand.
     */
    public void slash(String command, String subcommand, String usage, String description, SlashHandler handler) {
        app.interactive().addSlash(new SlashReg(command, subcommand, usage, description, origin, handler));
    }

    /** Looks at every invocation of {@code command} in the gateway before it is enqueued (see {@link SlashCheck}). */
    public void slashCheck(String command, SlashCheck check) {
        app.addSlashCheck(command, check, origin);
    }

    /** A click on a button (or other block element) with this {@code action_id}. */
    public void onAction(String actionId, String description, InteractionHandler handler) {
        app.interactive().addInteraction(new InteractionReg(On.ACTION, actionId, description, origin, handler));
    }

    /**
     * A submitted modal with this {@code callback_id}. Reached only when the submission passed its
     * {@link #submissionCheck}, if any; the modal is closed by then, so answer by DM or in a message.
     */
    public void onSubmission(String callbackId, String description, InteractionHandler handler) {
        app.interactive().addInteraction(new InteractionReg(On.SUBMISSION, callbackId, description, origin, handler));
    }

    /** Checks submissions of the modal {@code callbackId} in the gateway (see {@link SubmissionCheck}). */
    public void submissionCheck(String callbackId, SubmissionCheck check) {
        app.addSubmissionCheck(callbackId, check, origin);
    }

    /** A modal with this {@code callback_id} closed without submitting (modals opened with notify_on_close). */
    public void onClosed(String callbackId, String description, InteractionHandler handler) {
        app.interactive().addInteraction(new InteractionReg(On.CLOSED, callbackId, description, origin, handler));
    }

    /** A global or message shortcut with this {@code callback_id}. */
    public void onShortcut(String callbackId, String description, InteractionHandler handler) {
        app.interactive().addInteraction(new InteractionReg(On.SHORTCUT, callbackId, description, origin, handler));
    }

    // --- third parties, jobs, operators ---

    /**
     * A third-party webhook at {@code /hooks/<app>/<name>}: {@code webhook} verifies each request in the gateway,
     * {@code handler} handles what it accepted, from the app's {@code webhook.<name>} stream.
     */
    public void webhook(String name, String description, Webhook webhook, WebhookHandler handler) {
        app.addWebhook(new AppDefinition.WebhookReg(name, description, origin, webhook, handler));
    }

    /**
     * A background job, run by the bgtasks leader on {@code schedule}: {@code Schedule.every(Duration.ofMinutes(5))}
     * or a calendar schedule such as {@code Schedule.monthly(1, LocalTime.of(9, 0), zone)}, run once per due time.
     */
    public void job(String name, Schedule schedule, String description, JobHandler handler) {
        app.addJob(new AppDefinition.JobReg(name, schedule, description, origin, handler));
    }

    /**
     * A server-rendered page at {@code /web/<app>/<path>}, served by the gateway to signed-in members of the app's
     * workspace only (a link the bot sends, see {@code common.web.WebLinks} and docs/web.md).
     *
     * @param path plain segments, e.g. {@code directory}
     */
    public void page(String path, String description, PageHandler handler) {
        app.addPage(new AppDefinition.PageReg("/web/" + app.name() + "/" + path, description, origin, handler));
    }

    /** {@code java -jar consumer.jar <name> …}, for operators (e.g. exporting approved glossary suggestions). */
    public void operatorCommand(String name, String usage, OperatorCommand command) {
        app.addOperatorCommand(new AppDefinition.OperatorCommandReg(name, usage, origin, command));
    }
}
