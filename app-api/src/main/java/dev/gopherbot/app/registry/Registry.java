package dev.gopherbot.app.registry;

import dev.gopherbot.app.registry.Registration.ChannelJoinReg;
import dev.gopherbot.app.registry.Registration.CommandReg;
import dev.gopherbot.app.registry.Registration.MatcherReg;
import dev.gopherbot.app.registry.Registration.PrefixReg;
import dev.gopherbot.app.registry.Registration.ReactionReg;
import dev.gopherbot.app.registry.Registration.ResponseReg;
import dev.gopherbot.app.registry.Registration.TeamJoinReg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything an app does in answer to messages and joins, registered once at startup and read-only afterwards. A trigger, command name, alias,
 * prefix or handler name can be claimed once: a second claim fails at startup naming both registrations (the Go
 * original checked the wrong map and silently replaced).
 */
public final class Registry {
    private static final Pattern EMOJI = Pattern.compile("[a-z0-9_+'\\-]+(::skin-tone-[2-6])?");

    private final Map<String, CommandReg> commands = new HashMap<>();
    private final List<CommandReg> commandList = new ArrayList<>();
    private final List<PrefixReg> prefixes = new ArrayList<>();
    private final List<ReactionReg> reactions = new ArrayList<>();
    private final Map<String, Registration> reactionTriggers = new HashMap<>();
    private final List<ResponseReg> responses = new ArrayList<>();
    private final Map<String, Registration> responseTriggers = new HashMap<>();
    private final List<MatcherReg> matchers = new ArrayList<>();
    private final List<TeamJoinReg> teamJoins = new ArrayList<>();
    private final List<ChannelJoinReg> channelJoins = new ArrayList<>();
    private final Map<String, Registration> handlerNames = new HashMap<>();
    private volatile boolean frozen;

    /** Ends registration; the worker calls this before reading the streams. */
    public void freeze() {
        frozen = true;
    }

    // --- lookups, for the dispatcher and help ---

    public Optional<CommandReg> command(String messageText) {
        return Optional.ofNullable(commands.get(Matching.commandKey(messageText)));
    }

    /**
     * The prefix registration the message starts with (ignoring case), and the argument after it. A message that is
     * just the prefix without its trailing separator (e.g. {@code define}) matches with an empty argument, so the
     * command can explain its usage.
     */
    public Optional<PrefixMatch> prefix(String messageText) {
        String text = messageText.strip().replaceAll("\\s+", " ");
        for (PrefixReg p : prefixes) {
            String prefix = p.prefix();
            if (text.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return Optional.of(new PrefixMatch(p, text.substring(prefix.length()).strip()));
            }
            if (text.equalsIgnoreCase(prefix.strip())) {
                return Optional.of(new PrefixMatch(p, ""));
            }
        }
        return Optional.empty();
    }

    public record PrefixMatch(PrefixReg registration, String argument) {
    }

    public List<CommandReg> commands() {
        return List.copyOf(commandList);
    }

    public List<PrefixReg> prefixes() {
        return List.copyOf(prefixes);
    }

    public List<ReactionReg> reactions() {
        return List.copyOf(reactions);
    }

    public List<ResponseReg> responses() {
        return List.copyOf(responses);
    }

    public List<MatcherReg> matchers() {
        return List.copyOf(matchers);
    }

    public List<TeamJoinReg> teamJoins() {
        return List.copyOf(teamJoins);
    }

    public List<ChannelJoinReg> channelJoins() {
        return List.copyOf(channelJoins);
    }

    // --- registration, through the app API's Registrar ---

    public synchronized void addCommand(CommandReg reg) {
        checkOpen(reg);
        require(reg, !reg.name().isBlank(), "the name is empty");
        List<String> keys = new ArrayList<>();
        keys.add(Matching.commandKey(reg.name()));
        for (String alias : reg.aliases()) {
            require(reg, !alias.isBlank(), "an alias is empty");
            require(reg, !keys.contains(Matching.commandKey(alias)),
                    "alias \"" + alias + "\" repeats its name or another alias");
            keys.add(Matching.commandKey(alias));
        }
        for (String key : keys) {
            CommandReg taken = commands.get(key);
            if (taken != null) {
                throw new DuplicateRegistrationException("command or alias \"" + key + "\"", taken, reg);
            }
        }
        claimName(reg);
        keys.forEach(k -> commands.put(k, reg));
        commandList.add(reg);
    }

    public synchronized void addPrefix(PrefixReg reg) {
        checkOpen(reg);
        require(reg, !reg.prefix().isBlank(), "the prefix is empty");
        require(reg, !reg.usage().isBlank(), "the usage is empty");
        String mine = reg.prefix().toLowerCase(java.util.Locale.ROOT);
        for (PrefixReg other : prefixes) {
            String theirs = other.prefix().toLowerCase(java.util.Locale.ROOT);
            // with one prefix the start of another, which one a message meant would depend on registration order
            if (mine.startsWith(theirs) || theirs.startsWith(mine)) {
                throw new DuplicateRegistrationException("prefix \"" + (mine.length() < theirs.length() ? mine
                        : theirs) + "\"", other, reg);
            }
        }
        claimName(reg);
        prefixes.add(reg);
    }

    public synchronized void addReaction(ReactionReg reg) {
        checkOpen(reg);
        require(reg, !reg.emoji().isEmpty(), "no emoji given");
        for (String e : reg.emoji()) {
            require(reg, EMOJI.matcher(e).matches(), "emoji \"" + e + "\" is not an emoji name (lower case, "
                    + "no colons, e.g. \"gopher\" or \"+1\")");
        }
        require(reg, reg.chance() > 0 && reg.chance() <= 1, "chance must be above 0 and at most 1");
        claimTriggers(reg, reg.triggers(), reactionTriggers, "reaction trigger");
        claimName(reg);
        reactions.add(reg);
    }

    public synchronized void addResponse(ResponseReg reg) {
        checkOpen(reg);
        require(reg, !reg.post().text().isBlank(), "the text is empty");
        claimTriggers(reg, reg.triggers(), responseTriggers, "response trigger");
        claimName(reg);
        responses.add(reg);
    }

    public synchronized void addMatcher(MatcherReg reg) {
        checkOpen(reg);
        require(reg, !reg.name().isBlank(), "the name is empty");
        claimName(reg);
        matchers.add(reg);
    }

    public synchronized void addTeamJoin(TeamJoinReg reg) {
        checkOpen(reg);
        require(reg, !reg.name().isBlank(), "the name is empty");
        claimName(reg);
        teamJoins.add(reg);
    }

    public synchronized void addChannelJoin(ChannelJoinReg reg) {
        checkOpen(reg);
        require(reg, !reg.name().isBlank(), "the name is empty");
        require(reg, !reg.channels().isEmpty(), "no channels given");
        claimName(reg);
        channelJoins.add(reg);
    }

    private void claimTriggers(Registration reg, List<String> triggers, Map<String, Registration> owners,
                               String what) {
        require(reg, !triggers.isEmpty(), "no trigger given");
        List<String> mine = new ArrayList<>();
        for (String t : triggers) {
            String key = Matching.normalize(t);
            require(reg, !key.isEmpty(), "a trigger is empty");
            require(reg, !mine.contains(key), "trigger \"" + t + "\" is listed twice");
            Registration taken = owners.get(key);
            if (taken != null) {
                throw new DuplicateRegistrationException(what + " \"" + key + "\"", taken, reg);
            }
            mine.add(key);
        }
        mine.forEach(k -> owners.put(k, reg));
    }

    private void claimName(Registration reg) {
        require(reg, reg.description() != null && !reg.description().isBlank(), "the description is empty");
        Registration taken = handlerNames.get(reg.handlerName());
        if (taken != null) {
            throw new DuplicateRegistrationException("handler name \"" + reg.handlerName() + "\"", taken, reg);
        }
        handlerNames.put(reg.handlerName(), reg);
    }

    private void checkOpen(Registration reg) {
        if (frozen) {
            throw new IllegalStateException(reg.label() + ": registered after startup; register in the app's define()");
        }
    }

    private static void require(Registration reg, boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(reg.label() + ": " + problem);
        }
    }
}
