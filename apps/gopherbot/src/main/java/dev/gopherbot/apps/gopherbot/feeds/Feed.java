package dev.gopherbot.apps.gopherbot.feeds;

import java.util.List;

/**
 * A source of announcements. Implementations only fetch and parse; the {@link FeedJob} decides what is announced,
 * claims each item, posts it and moves the cursor.
 */
public interface Feed {
    /**
     * The items newer than {@code cursor}, oldest first.
     *
     * @param cursor the {@link FeedItem#cursor()} of the last item handled, or null on the very first poll
     * @throws dev.gopherbot.bgtasks.jobs.RetryLater when the source answered 429
     */
    List<FeedItem> fetch(String cursor) throws Exception;
}
