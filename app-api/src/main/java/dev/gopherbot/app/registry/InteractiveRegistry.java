package dev.gopherbot.app.registry;

import dev.gopherbot.app.handler.InteractionHandler;
import dev.gopherbot.app.handler.SlashHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An app's slash commands, their subcommands and its interaction handlers, registered once at startup and read-only
 * afterwards. A subcommand, {@code action_id} or {@code callback_id} can be claimed once; a second claim fails at
 * startup naming both. The gateway reads the same registry to answer an unknown command at once, so the two cannot
 * drift apart.
 */
public final class InteractiveRegistry {
    private static final Pattern COMMAND = Pattern.compile("/[a-z0-9][a-z0-9_-]{0,31}");
    private static final Pattern SUBCOMMAND = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,255}");

    /**
     * One {@code <command> <subcommand>}; {@code usage} is how help shows it, e.g. {@code define <term>}.
     */
    public record SlashReg(String command, String subcommand, String usage, String description, String origin,
                           SlashHandler handler) {
        /** Stable across deploys: "done" markers are keyed by it. */
        public String handlerName() {
            return "slash:" + command.substring(1) + ":" + subcommand;
        }

        String label() {
            return "slash subcommand \"" + command + " " + subcommand + "\" (" + origin + ")";
        }
    }

    /** What an interaction handler is registered on. */
    public enum On {
        /** A {@code block_actions} element, by {@code action_id}. */
        ACTION,
        /** A modal's {@code view_submission}, by its {@code callback_id}. */
        SUBMISSION,
        /** A modal's {@code view_closed}, by its {@code callback_id}. */
        CLOSED,
        /** A global or message shortcut, by its {@code callback_id}. */
        SHORTCUT;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record InteractionReg(On on, String id, String description, String origin,
                                 InteractionHandler handler) {
        /** Stable across deploys: "done" markers are keyed by it. */
        public String handlerName() {
            return on.tag() + ":" + id;
        }

        String label() {
            return on.tag() + " \"" + id + "\" (" + origin + ")";
        }
    }

    /** Subcommands by command, each in registration order (the order help lists them). */
    private final Map<String, Map<String, SlashReg>> slash = new LinkedHashMap<>();
    private final Map<String, InteractionReg> interactions = new HashMap<>();
    private volatile boolean frozen;

    public synchronized void freeze() {
        frozen = true;
    }

    /** The slash commands the app answers, e.g. {@code /gopher}. */
    public Set<String> commands() {
        return slash.keySet();
    }

    public Optional<SlashReg> slash(String command, String subcommand) {
        return Optional.ofNullable(slash.getOrDefault(command, Map.of()).get(subcommand));
    }

    /** The subcommands of {@code command} in registration order, the order its help lists them. */
    public List<SlashReg> slashCommands(String command) {
        return new ArrayList<>(slash.getOrDefault(command, Map.of()).values());
    }

    public Optional<InteractionReg> interaction(On on, String id) {
        return Optional.ofNullable(interactions.get(on.tag() + ":" + id));
    }

    public boolean isEmpty() {
        return slash.isEmpty() && interactions.isEmpty();
    }

    public synchronized void addSlash(SlashReg reg) {
        checkOpen(reg.label());
        require(reg.label(), COMMAND.matcher(reg.command()).matches(),
                "a command is a slash and one lower-case word, e.g. /gopher");
        require(reg.label(), SUBCOMMAND.matcher(reg.subcommand()).matches(),
                "a subcommand is one lower-case word (a-z, 0-9, -)");
        require(reg.label(), !reg.usage().isBlank(), "the usage is empty");
        require(reg.label(), !reg.description().isBlank(), "the description is empty");
        SlashReg taken = slash.computeIfAbsent(reg.command(), c -> new LinkedHashMap<>())
                .putIfAbsent(reg.subcommand(), reg);
        if (taken != null) {
            throw new IllegalStateException("slash subcommand \"" + reg.command() + " " + reg.subcommand()
                    + "\" is registered twice: by " + taken.origin() + " and by " + reg.origin());
        }
    }

    public synchronized void addInteraction(InteractionReg reg) {
        checkOpen(reg.label());
        require(reg.label(), ID.matcher(reg.id()).matches(), "an id is 1-255 characters of A-Z a-z 0-9 _ . : -");
        require(reg.label(), !reg.description().isBlank(), "the description is empty");
        InteractionReg taken = interactions.putIfAbsent(reg.handlerName(), reg);
        if (taken != null) {
            throw new IllegalStateException(reg.on().tag() + " \"" + reg.id() + "\" is registered twice: by "
                    + taken.origin() + " and by " + reg.origin());
        }
    }

    private void checkOpen(String label) {
        if (frozen) {
            throw new IllegalStateException(label + ": registered after startup; register in the app's define()");
        }
    }

    private static void require(String label, boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(label + ": " + problem);
        }
    }
}
