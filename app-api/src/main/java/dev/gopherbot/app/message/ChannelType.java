package dev.gopherbot.app.message;

/** Where a message was posted, from Slack's {@code channel_type} (or, when absent, the channel id's first letter). */
public enum ChannelType {
    PUBLIC, PRIVATE, DM, GROUP_DM, APP_HOME;

    public static ChannelType of(String channelType, String channelId) {
        if (channelType != null) {
            switch (channelType) {
                case "channel": return PUBLIC;
                case "group": return PRIVATE;
                case "im": return DM;
                case "mpim": return GROUP_DM;
                case "app_home": return APP_HOME;
                default: break;
            }
        }
        if (channelId != null && channelId.startsWith("D")) {
            return DM;
        }
        if (channelId != null && channelId.startsWith("G")) {
            return PRIVATE;
        }
        return PUBLIC;
    }
}
