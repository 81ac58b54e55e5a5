package dev.gopherbot.apps.gopherbot.content;

import java.util.List;
import java.util.Set;

/**
 * The workspace's own facts from {@code community.yaml}: the channels the bot recommends and welcomes people to, and
 * how it shares long code. Loaded and validated once at startup ({@link Content#community()}).
 *
 * @param newbiesChannel          where questions at any level are welcome
 * @param questionsChannel        where Go questions go in general (the welcome DM points there), or null
 * @param adminChannel            where people reach the workspace's moderators and admins, or null
 * @param recommendedChannels     listed by {@code recommended channels} and in the welcome DM, in this order
 * @param newbieResources         what {@code newbie resources} answers
 * @param newbieResourcesElsewhere added to that answer when it is asked outside the newbies channel
 * @param welcomeMessage          the DM to someone who joined the workspace
 * @param channelWelcomes         the private greeting to someone who joined one of these channels
 */
public record Community(ChannelRef newbiesChannel, ChannelRef questionsChannel, ChannelRef adminChannel,
                        List<RecommendedChannel> recommendedChannels,
                        Template newbieResources, Template newbieResourcesElsewhere, Template welcomeMessage,
                        List<ChannelWelcome> channelWelcomes, CodeSharing codeSharing) {
    /** Placeholders each text may use. */
    public static final Set<String> NEWBIE_RESOURCES_ELSEWHERE = Set.of("newbies_channel");
    public static final Set<String> WELCOME_MESSAGE = Set.of("user", "recommended_channels", "welcome_channels",
            "questions_channel", "admin_channel");
    public static final Set<String> CHANNEL_WELCOME = Set.of("user", "channel");
    public static final Set<String> CODE_POSTED = Set.of("user", "links");
    public static final Set<String> CODE_TIP = Set.of("user");

    public Community {
        recommendedChannels = List.copyOf(recommendedChannels);
        channelWelcomes = List.copyOf(channelWelcomes);
    }

    /** A channel worth joining, and in a few words why; {@code welcome}: also listed in the welcome DM. */
    public record RecommendedChannel(ChannelRef channel, String why, boolean welcome) {
    }

    /** The channels the welcome DM lists: the short list. */
    public List<RecommendedChannel> welcomeChannels() {
        return recommendedChannels.stream().filter(RecommendedChannel::welcome).toList();
    }

    public record ChannelWelcome(ChannelRef channel, Template text) {
    }

    /**
     * When a message's code goes to the Go Playground.
     *
     * @param minLines     a message's code (its fenced blocks, or the whole text without any) with at least this many
     *                     lines is shared
     * @param minFileLines an uploaded Go file with at least this many lines is shared
     * @param skipChannels channels where long messages are normal (job posts, announcements) and nothing is shared
     * @param posted       posted in the message's thread with the links
     * @param tip          shown only to the author, after sharing
     */
    public record CodeSharing(int minLines, int minFileLines, List<ChannelRef> skipChannels, Template posted,
                              Template tip) {
        public CodeSharing {
            skipChannels = List.copyOf(skipChannels);
        }
    }
}
