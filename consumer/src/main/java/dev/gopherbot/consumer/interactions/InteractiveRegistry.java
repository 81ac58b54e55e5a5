package dev.gopherbot.consumer.interactions;

import dev.gopherbot.common.interactive.SlashCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Every slash subcommand and interaction handler, registered once at startup and read-only afterwards. A subcommand,
 * {@code action_id} or {@code callback_id} can be claimed once; a second claim fails at startup naming both. The
 * subcommands must be exactly {@link SlashCatalog#SUBCOMMANDS}: the gateway answers any other as unknown.
 */
public final class InteractiveRegistry {
    private static final Pattern SUBCOMMAND = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,255}");

    /** One {@code /gopher <subcommand>}; {@code usage} is how help shows it, e.g. {@code define <term>}. */
    public record SlashReg(String subcommand, String usage, String description, String origin,
                           SlashHandler handler) {
        public String handlerName() {
            return "slash:" + subcommand;
        }

        String label() {
            return "slash subcommand \"" + subcommand + "\" (" + origin + ")";
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

    private final List<String> catalog;
    private final Map<String, SlashReg> slash = new HashMap<>();
    private final Map<String, InteractionReg> interactions = new HashMap<>();
    private volatile boolean frozen;

    public InteractiveRegistry() {
        this(SlashCatalog.SUBCOMMANDS);
    }

    /** With another catalog, for tests of the registry itself. */
    InteractiveRegistry(List<String> catalog) {
        this.catalog = List.copyOf(catalog);
    }

    public InteractiveRegistry add(Interactive feature) {
        feature.register(new InteractiveRegistrar(this, feature.getClass().getSimpleName()));
        return this;
    }

    /** Registers from a test or another origin, named in errors. */
    public InteractiveRegistry add(String origin, Consumer<InteractiveRegistrar> registrations) {
        registrations.accept(new InteractiveRegistrar(this, origin));
        return this;
    }

    /** Ends registration; every cataloged subcommand must have a handler by now. */
    public synchronized void freeze() {
        for (String sub : catalog) {
            if (!slash.containsKey(sub)) {
                throw new IllegalStateException("slash subcommand \"" + sub + "\" is in SlashCatalog.SUBCOMMANDS but "
                        + "nothing registers it; register it in slash.Interactives or remove it from the catalog");
            }
        }
        frozen = true;
    }

    public Optional<SlashReg> slash(String subcommand) {
        return Optional.ofNullable(slash.get(subcommand));
    }

    /** In catalog order, the order {@code /gopher help} lists them. */
    public List<SlashReg> slashCommands() {
        List<SlashReg> list = new ArrayList<>();
        for (String sub : catalog) {
            if (slash.containsKey(sub)) {
                list.add(slash.get(sub));
            }
        }
        return list;
    }

    public Optional<InteractionReg> interaction(On on, String id) {
        return Optional.ofNullable(interactions.get(on.tag() + ":" + id));
    }

    synchronized void addSlash(SlashReg reg) {
        checkOpen(reg.label());
        require(reg.label(), SUBCOMMAND.matcher(reg.subcommand()).matches(),
                "a subcommand is one lower-case word (a-z, 0-9, -)");
        require(reg.label(), catalog.contains(reg.subcommand()), "not in common's SlashCatalog.SUBCOMMANDS, so the "
                + "gateway would answer it as unknown; add it there");
        require(reg.label(), !reg.usage().isBlank(), "the usage is empty");
        require(reg.label(), !reg.description().isBlank(), "the description is empty");
        SlashReg taken = slash.putIfAbsent(reg.subcommand(), reg);
        if (taken != null) {
            throw new IllegalStateException("slash subcommand \"" + reg.subcommand() + "\" is registered twice: by "
                    + taken.origin() + " and by " + reg.origin());
        }
    }

    synchronized void addInteraction(InteractionReg reg) {
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
            throw new IllegalStateException(label + ": registered after startup; register in slash.Interactives");
        }
    }

    private static void require(String label, boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(label + ": " + problem);
        }
    }
}
