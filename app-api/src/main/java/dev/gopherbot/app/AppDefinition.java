package dev.gopherbot.app;

import dev.gopherbot.app.handler.EventHandler;
import dev.gopherbot.app.handler.WebhookHandler;
import dev.gopherbot.app.ingress.SlashCheck;
import dev.gopherbot.app.ingress.SubmissionCheck;
import dev.gopherbot.app.ingress.Webhook;
import dev.gopherbot.app.job.JobHandler;
import dev.gopherbot.app.registry.InteractiveRegistry;
import dev.gopherbot.app.registry.Registry;
import dev.gopherbot.app.web.PageHandler;
import dev.gopherbot.common.schedule.Schedule;
import dev.gopherbot.common.stream.StreamKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything one app declared, as the processes read it: the gateway routes and checks by it, the consumer dispatches
 * by it, bgtasks runs its jobs. Built by {@link #define}, read-only afterwards.
 */
public final class AppDefinition {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,40}");
    private static final Pattern PAGE_PATH = Pattern.compile("/web/[a-z0-9]+(/[A-Za-z0-9._~-]+)+");
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z_]{0,60}");
    /** Event types the message registrations stand for: Slack sends a channel mention as both. */
    private static final Set<String> MESSAGE_TYPES = Set.of("message", "app_mention");

    /** A handler of another Events API type. */
    public record EventReg(String type, String name, String description, String origin, EventHandler handler) {
        public String handlerName() {
            return "event:" + type + ":" + name;
        }
    }

    public record WebhookReg(String name, String description, String origin, Webhook webhook,
                             WebhookHandler handler) {
        public String handlerName() {
            return "webhook:" + name;
        }
    }

    public record JobReg(String name, Schedule schedule, String description, String origin, JobHandler handler) {
    }

    /** @param path the whole path, {@code /web/<app>/<page>} */
    public record PageReg(String path, String description, String origin, PageHandler handler) {
    }

    public record OperatorCommandReg(String name, String usage, String origin, OperatorCommand command) {
    }

    private final String name;
    private final Registry registry = new Registry();
    private final InteractiveRegistry interactive = new InteractiveRegistry();
    private final List<EventReg> events = new ArrayList<>();
    private final Map<String, SlashCheck> slashChecks = new LinkedHashMap<>();
    private final Map<String, SubmissionCheck> submissionChecks = new LinkedHashMap<>();
    private final Map<String, WebhookReg> webhooks = new LinkedHashMap<>();
    private final Map<String, JobReg> jobs = new LinkedHashMap<>();
    private final Map<String, OperatorCommandReg> operatorCommands = new LinkedHashMap<>();
    private final Map<String, PageReg> pages = new LinkedHashMap<>();
    private boolean usesDatabase;
    private boolean usesChannels;
    private boolean frozen;

    private AppDefinition(String name) {
        this.name = name;
    }

    /**
     * Runs {@code app.define} against {@code services} and freezes the result.
     *
     * @throws IllegalArgumentException or IllegalStateException naming a broken registration
     */
    public static AppDefinition define(App app, Services services) {
        String name = app.name();
        if (name == null || !App.NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("app name \"" + name + "\" (" + app.getClass().getName()
                    + "): expected lower-case letters and digits, 2-31 characters, e.g. gopherbot");
        }
        Builder builder = new Builder(name, services);
        app.define(builder.context());
        return builder.build();
    }

    /**
     * Registration step by step, for tests of the registration rules and for tools: {@link #context()} is what an
     * app's {@code define} would receive.
     */
    public static Builder builder(String name, Services services) {
        return new Builder(name, services);
    }

    public static final class Builder {
        private final AppDefinition definition;
        private final AppContext context;

        private Builder(String name, Services services) {
            this.definition = new AppDefinition(name);
            this.context = new DefiningContext(definition, services);
        }

        public AppContext context() {
            return context;
        }

        /** The definition being built; lookups work at once, registrations until {@link #build()}. */
        public AppDefinition definition() {
            return definition;
        }

        public AppDefinition build() {
            definition.freeze();
            return definition;
        }
    }

    public String name() {
        return name;
    }

    public Registry registry() {
        return registry;
    }

    public InteractiveRegistry interactive() {
        return interactive;
    }

    public List<EventReg> events() {
        return List.copyOf(events);
    }

    public Optional<SlashCheck> slashCheck(String command) {
        return Optional.ofNullable(slashChecks.get(command));
    }

    public Optional<SubmissionCheck> submissionCheck(String callbackId) {
        return Optional.ofNullable(submissionChecks.get(callbackId));
    }

    public List<WebhookReg> webhooks() {
        return List.copyOf(webhooks.values());
    }

    public Optional<WebhookReg> webhook(String hookName) {
        return Optional.ofNullable(webhooks.get(hookName));
    }

    public List<JobReg> jobs() {
        return List.copyOf(jobs.values());
    }

    public Optional<OperatorCommandReg> operatorCommand(String commandName) {
        return Optional.ofNullable(operatorCommands.get(commandName));
    }

    public List<OperatorCommandReg> operatorCommands() {
        return List.copyOf(operatorCommands.values());
    }

    public List<PageReg> pages() {
        return List.copyOf(pages.values());
    }

    /** Whether the app asked for PostgreSQL (it then needs {@code DATABASE_URL} and gets its migrations run). */
    public boolean usesDatabase() {
        return usesDatabase;
    }

    /** Whether the app reads channels by name (bgtasks then keeps a channel cache for it). */
    public boolean usesChannels() {
        return usesChannels;
    }

    /**
     * The Events API types the gateway routes for this app; any other type is acknowledged and dropped. Messages
     * count when the app registered anything that reads messages.
     */
    public Set<String> eventTypes() {
        Set<String> types = new LinkedHashSet<>();
        if (!registry.commands().isEmpty() || !registry.prefixes().isEmpty() || !registry.reactions().isEmpty()
                || !registry.responses().isEmpty() || !registry.matchers().isEmpty()) {
            types.addAll(MESSAGE_TYPES);
        }
        if (!registry.teamJoins().isEmpty()) {
            types.add("team_join");
        }
        if (!registry.channelJoins().isEmpty()) {
            types.add("member_joined_channel");
        }
        events.forEach(e -> types.add(e.type()));
        return types;
    }

    /** Every stream the app's work arrives on, those a person waits on first. */
    public List<StreamKind> kinds() {
        Set<StreamKind> kinds = new LinkedHashSet<>(priorityKinds());
        for (String type : eventTypes()) {
            if (MESSAGE_TYPES.contains(type)) {
                kinds.add(StreamKind.messagePublic(name));
                kinds.add(StreamKind.messagePrivate(name));
            } else {
                kinds.add(StreamKind.event(name, type));
            }
        }
        webhooks.keySet().forEach(hook -> kinds.add(StreamKind.webhook(name, hook)));
        return List.copyOf(kinds);
    }

    /** Slash commands and interactions: someone is looking at Slack, waiting for the answer. */
    public List<StreamKind> priorityKinds() {
        List<StreamKind> kinds = new ArrayList<>();
        if (!interactive.commands().isEmpty()) {
            kinds.add(StreamKind.command(name));
        }
        if (!interactive.isEmpty()) {
            kinds.add(StreamKind.interaction(name));
        }
        return kinds;
    }

    // --- for the Registrar and the context, while defining ---

    void useDatabase() {
        checkOpen("database()");
        usesDatabase = true;
    }

    void useChannels() {
        checkOpen("channels()");
        usesChannels = true;
    }

    void addEvent(EventReg reg) {
        String label = "event handler \"" + reg.name() + "\" for " + reg.type() + " (" + reg.origin() + ")";
        checkOpen(label);
        require(label, EVENT_TYPE.matcher(reg.type()).matches(), "an event type is lower case, e.g. user_change");
        require(label, !MESSAGE_TYPES.contains(reg.type()), "messages are read through commands, responses, "
                + "reactions and matchers, which the rules (own messages, age, shadow mode) apply to");
        require(label, NAME.matcher(reg.name()).matches(), "a name is lower case, e.g. upsert-user");
        require(label, !reg.description().isBlank(), "the description is empty");
        for (EventReg other : events) {
            if (other.handlerName().equals(reg.handlerName())) {
                throw new IllegalStateException(label + ": registered twice, also by " + other.origin());
            }
        }
        events.add(reg);
    }

    void addSlashCheck(String command, SlashCheck check, String origin) {
        String label = "slash check for " + command + " (" + origin + ")";
        checkOpen(label);
        if (slashChecks.putIfAbsent(command, check) != null) {
            throw new IllegalStateException(label + ": the command already has a check");
        }
    }

    void addSubmissionCheck(String callbackId, SubmissionCheck check, String origin) {
        String label = "submission check for " + callbackId + " (" + origin + ")";
        checkOpen(label);
        if (submissionChecks.putIfAbsent(callbackId, check) != null) {
            throw new IllegalStateException(label + ": the modal already has a check");
        }
    }

    void addWebhook(WebhookReg reg) {
        String label = "webhook \"" + reg.name() + "\" (" + reg.origin() + ")";
        checkOpen(label);
        require(label, NAME.matcher(reg.name()).matches(), "a name is lower case, e.g. strava");
        require(label, !reg.description().isBlank(), "the description is empty");
        WebhookReg taken = webhooks.putIfAbsent(reg.name(), reg);
        if (taken != null) {
            throw new IllegalStateException(label + ": registered twice, also by " + taken.origin());
        }
    }

    void addJob(JobReg reg) {
        String label = "job \"" + reg.name() + "\" (" + reg.origin() + ")";
        checkOpen(label);
        require(label, NAME.matcher(reg.name()).matches(), "a name is lower case, e.g. monthly-report");
        require(label, !reg.description().isBlank(), "the description is empty");
        JobReg taken = jobs.putIfAbsent(reg.name(), reg);
        if (taken != null) {
            throw new IllegalStateException(label + ": registered twice, also by " + taken.origin());
        }
    }

    void addOperatorCommand(OperatorCommandReg reg) {
        String label = "operator command \"" + reg.name() + "\" (" + reg.origin() + ")";
        checkOpen(label);
        require(label, NAME.matcher(reg.name()).matches(), "a name is lower case, e.g. glossary-suggestions");
        OperatorCommandReg taken = operatorCommands.putIfAbsent(reg.name(), reg);
        if (taken != null) {
            throw new IllegalStateException(label + ": registered twice, also by " + taken.origin());
        }
    }

    void addPage(PageReg reg) {
        String label = "page " + reg.path() + " (" + reg.origin() + ")";
        checkOpen(label);
        require(label, PAGE_PATH.matcher(reg.path()).matches(), "a page path is plain segments, e.g. directory");
        require(label, !reg.description().isBlank(), "the description is empty");
        PageReg taken = pages.putIfAbsent(reg.path(), reg);
        if (taken != null) {
            throw new IllegalStateException(label + ": registered twice, also by " + taken.origin());
        }
    }

    private void freeze() {
        registry.freeze();
        interactive.freeze();
        frozen = true;
    }

    private void checkOpen(String label) {
        if (frozen) {
            throw new IllegalStateException(label + ": declared after startup; declare it in the app's define()");
        }
    }

    private static void require(String label, boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(label + ": " + problem);
        }
    }
}
