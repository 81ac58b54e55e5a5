package dev.gopherbot.app.message;

import java.util.List;

/**
 * A Slack message as handlers see it.
 *
 * @param ts           the message's own timestamp (its id within the channel)
 * @param threadTs     the thread it belongs to, or null for a top-level message
 * @param subtype      Slack's subtype, or null for an ordinary message
 * @param rawText      the text exactly as Slack sent it, markup included
 * @param text         mentions removed and trimmed (see {@link ParsedText#text()})
 * @param searchable   what reaction and response triggers are searched in (see {@link ParsedText#searchable()})
 * @param mentions     the users mentioned other than the bot, in order
 * @param botMentioned whether the bot was mentioned
 */
public record Message(String channel, ChannelType channelType, String user, String botId, String ts, String threadTs,
                      String subtype, String rawText, String text, String searchable, List<String> mentions,
                      boolean botMentioned, List<FileRef> files) {

    public Message {
        mentions = List.copyOf(mentions);
        files = List.copyOf(files);
    }

    /** A direct message between one person and the bot. */
    public boolean isDirect() {
        return channelType == ChannelType.DM;
    }

    /** Spoken to the bot: in a DM, or mentioning it. Commands answer only these. */
    public boolean addressedToBot() {
        return isDirect() || botMentioned;
    }

    public boolean inThread() {
        return threadTs != null;
    }
}
