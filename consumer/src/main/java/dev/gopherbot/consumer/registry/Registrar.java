package dev.gopherbot.consumer.registry;

import dev.gopherbot.consumer.message.Message;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The contributor's API: every way to attach behaviour to the bot. Each registration carries a description. */
public final class Registrar {
    private final Registry registry;
    private final String origin;

    Registrar(Registry registry, String origin) {
        this.registry = registry;
        this.origin = origin;
    }

    /** A command matched exactly (see {@link Matching}), by its name or an alias, in a DM or when mentioned. */
    public void command(String name, List<String> aliases, String description, MessageHandler handler) {
        registry.addCommand(new Registration.CommandReg(name, List.copyOf(aliases), description, origin, handler));
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
        registry.addPrefix(new Registration.PrefixReg(prefix, usage, description, origin, handler));
    }

    /** Reacts with {@code emoji} to every message containing one of {@code triggers}. */
    public void reaction(List<String> triggers, List<String> emoji, String description) {
        registry.addReaction(new Registration.ReactionReg(List.copyOf(triggers), List.copyOf(emoji),
                Registration.When.ALWAYS, 1.0, description, origin));
    }

    /** Reacts only when the message also mentions the bot (or is a DM). */
    public void reactionWhenMentioned(List<String> triggers, List<String> emoji, String description) {
        registry.addReaction(new Registration.ReactionReg(List.copyOf(triggers), List.copyOf(emoji),
                Registration.When.MENTIONED, 1.0, description, origin));
    }

    /** Reacts with probability {@code chance} (0 &lt; chance ≤ 1), decided once per event. */
    public void reactionByChance(List<String> triggers, List<String> emoji, double chance, String description) {
        registry.addReaction(new Registration.ReactionReg(List.copyOf(triggers), List.copyOf(emoji),
                Registration.When.RANDOM, chance, description, origin));
    }

    /** Answers {@code post} in the channel (or thread) to any message containing one of {@code triggers}. */
    public void response(List<String> triggers, Post post, String description) {
        registry.addResponse(new Registration.ResponseReg(List.copyOf(triggers), post, description, origin));
    }

    /** Anything else: {@code matches} sees every message that passed the rules, addressed to the bot or not. */
    public void matcher(String name, String description, Predicate<Message> matches, MessageHandler handler) {
        registry.addMatcher(new Registration.MatcherReg(name, description, origin, matches, handler));
    }

    public void onTeamJoin(String name, String description, TeamJoinHandler handler) {
        registry.addTeamJoin(new Registration.TeamJoinReg(name, description, origin, handler));
    }

    /** Runs when someone joins one of {@code channelIds}. */
    public void onChannelJoin(String name, Set<String> channelIds, String description, ChannelJoinHandler handler) {
        registry.addChannelJoin(new Registration.ChannelJoinReg(name, JoinedChannels.ids(channelIds), description,
                origin, handler));
    }

    /**
     * Runs when someone joins any channel; the handler decides whether the channel is one of its own (channels
     * configured by name are only known through the channel cache, which a handler may read and the dispatcher may
     * not).
     */
    public void onAnyChannelJoin(String name, String description, ChannelJoinHandler handler) {
        registry.addChannelJoin(new Registration.ChannelJoinReg(name, JoinedChannels.everyChannel(), description,
                origin, handler));
    }
}
