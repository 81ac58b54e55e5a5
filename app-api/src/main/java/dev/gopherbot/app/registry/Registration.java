package dev.gopherbot.app.registry;

import dev.gopherbot.app.handler.ChannelJoinHandler;
import dev.gopherbot.app.handler.MessageHandler;
import dev.gopherbot.app.handler.PrefixHandler;
import dev.gopherbot.app.handler.TeamJoinHandler;
import dev.gopherbot.app.message.Message;
import dev.gopherbot.app.slack.Post;
import java.util.List;
import java.util.function.Predicate;

/** One registered behaviour. {@link #handlerName()} is stable across deploys: "done" markers are keyed by it. */
public sealed interface Registration {
    String handlerName();

    String description();

    /** Where it was registered: a command class, or a data file entry. */
    String origin();

    /** How errors name it, e.g. {@code command "help" (Help)}. */
    String label();

    private static String first(List<String> triggers) {
        return triggers.isEmpty() ? "" : triggers.getFirst();
    }

    /** How a reaction decides to fire when its trigger matched. */
    enum When {
        /** Every matching message. */
        ALWAYS,
        /** Only when the bot is mentioned (or in a DM). */
        MENTIONED,
        /** With a given chance, decided once per event (a redelivery decides the same). */
        RANDOM
    }

    record CommandReg(String name, List<String> aliases, String description, String origin, MessageHandler handler)
            implements Registration {
        public String handlerName() {
            return "command:" + name;
        }

        public String label() {
            return "command \"" + name + "\" (" + origin + ")";
        }
    }

    /**
     * @param anyMessage whether a message starting with the prefix is handled when not addressed to the bot too (a
     *                   shorthand such as {@code xkcd:927} is its own address); otherwise only in a DM or a mention
     */
    record PrefixReg(String prefix, String usage, String description, String origin, PrefixHandler handler,
                     boolean anyMessage) implements Registration {
        public String handlerName() {
            return "prefix:" + prefix.strip();
        }

        public String label() {
            return "prefix \"" + prefix + "\" (" + origin + ")";
        }
    }

    record ReactionReg(List<String> triggers, List<String> emoji, When when, double chance, String description,
                       String origin) implements Registration {
        public String handlerName() {
            return "reaction:" + first(triggers);
        }

        public String label() {
            return "reaction \"" + first(triggers) + "\" (" + origin + ")";
        }
    }

    /** A canned text answered to any message containing one of the triggers. */
    record ResponseReg(List<String> triggers, Post post, String description, String origin) implements Registration {
        public String handlerName() {
            return "response:" + first(triggers);
        }

        public String label() {
            return "response \"" + first(triggers) + "\" (" + origin + ")";
        }
    }

    record MatcherReg(String name, String description, String origin, Predicate<Message> matches,
                      MessageHandler handler) implements Registration {
        public String handlerName() {
            return "matcher:" + name;
        }

        public String label() {
            return "matcher \"" + name + "\" (" + origin + ")";
        }
    }

    record TeamJoinReg(String name, String description, String origin, TeamJoinHandler handler)
            implements Registration {
        public String handlerName() {
            return "team-join:" + name;
        }

        public String label() {
            return "team-join handler \"" + name + "\" (" + origin + ")";
        }
    }

    record ChannelJoinReg(String name, JoinedChannels channels, String description, String origin,
                          ChannelJoinHandler handler) implements Registration {
        public String handlerName() {
            return "channel-join:" + name;
        }

        public String label() {
            return "channel-join handler \"" + name + "\" (" + origin + ")";
        }
    }
}
