package dev.gopherbot.bgtasks.channels;

import com.slack.api.methods.response.conversations.ConversationsListResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import dev.gopherbot.app.job.RetryLater;
import dev.gopherbot.bgtasks.jobs.Job;
import dev.gopherbot.bgtasks.leader.Leadership;
import dev.gopherbot.common.channels.Channel;
import dev.gopherbot.common.slack.SlackCallFailed;
import dev.gopherbot.common.slack.SlackCalls;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists every public, unarchived channel with {@code conversations.list} (cursor pagination, 200 a page: the method
 * is Tier 2, about 20 calls a minute) through the app's {@link SlackCalls}, and hands the result to the
 * {@link ChannelCacheWriter}. A short {@code Retry-After} is waited out inside the call; a longer one ends the run
 * with {@link RetryLater}, keeping the pages read so far, and the next run resumes at the page that was refused.
 * Any other failure starts the next run from the first page (a cursor may not outlive a pause).
 */
public final class ChannelCacheJob implements Job {
    static final int PAGE_SIZE = 200;
    private static final Logger log = LoggerFactory.getLogger(ChannelCacheJob.class);

    /** A listing in progress: what was read so far and where to continue. */
    private static final class Listing {
        final List<Channel> channels = new ArrayList<>();
        String nextCursor;
        int pages;
    }

    private final String name;
    private final SlackCalls slack;
    private final ChannelCacheWriter writer;
    private final Leadership leadership;
    private final Duration interval;
    private Listing listing;

    /** @param app the app whose workspace is listed, with its bot token */
    public ChannelCacheJob(String app, SlackCalls slack, ChannelCacheWriter writer, Leadership leadership,
            ChannelCacheSettings settings) {
        this.name = app + ".channel-cache";
        this.slack = slack;
        this.writer = writer;
        this.leadership = leadership;
        this.interval = settings.refreshInterval();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void run() throws Exception {
        if (listing == null) {
            listing = new Listing();
        }
        Listing l = listing;
        do {
            ConversationsListResponse page = fetch(l.nextCursor);
            for (Conversation c : page.getChannels()) {
                if (!c.isArchived() && c.getName() != null) {
                    l.channels.add(new Channel(c.getId(), c.getName()));
                }
            }
            l.pages++;
            String next = page.getResponseMetadata() == null ? null : page.getResponseMetadata().getNextCursor();
            l.nextCursor = next == null || next.isBlank() ? null : next;
        } while (l.nextCursor != null);
        listing = null;

        if (l.channels.isEmpty()) {
            // every workspace has #general: an empty list means a wrong token or scope, not an empty workspace
            throw new IOException("conversations.list returned no channels; keeping the cache as it is");
        }
        leadership.ensureHeld();
        ChannelCacheWriter.Changes changes = writer.replaceAll(l.channels);
        log.atInfo().setMessage("channel cache refreshed").addKeyValue("channels", l.channels.size())
                .addKeyValue("pages", l.pages).addKeyValue("added", changes.added())
                .addKeyValue("renamed", changes.renamed()).addKeyValue("removed", changes.removed()).log();
    }

    private ConversationsListResponse fetch(String cursor) throws RetryLater {
        try {
            return slack.call("conversations.list", m -> m.conversationsList(r -> r
                    .types(List.of(ConversationType.PUBLIC_CHANNEL)).excludeArchived(true).limit(PAGE_SIZE)
                    .cursor(cursor)));
        } catch (SlackCallFailed e) {
            if (e.kind() == SlackCallFailed.Kind.RATE_LIMITED) {
                // keep the listing: the next run resumes at this page
                throw new RetryLater("Slack rate-limited conversations.list", e.retryAfter());
            }
            listing = null; // e.g. invalid_cursor after a long pause, a 5xx: start again from the first page
            throw e;
        }
    }
}
