package dev.gopherbot.apps.gopherbot.feeds;

import java.time.Instant;

/**
 * One thing a feed may announce.
 *
 * @param id          unique within the feed and stable across polls: the "announced once" marker is keyed by it
 * @param cursor      what to store once this item is handled, so the next {@link Feed#fetch} starts after it
 * @param publishedAt when the source published it; items older than the feed's maximum age are skipped
 * @param text        the Slack message (mrkdwn)
 * @param unfurl      whether Slack should unfurl the links in the message
 */
public record FeedItem(String id, String cursor, Instant publishedAt, String text, boolean unfurl) {
}
