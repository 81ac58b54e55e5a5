package dev.gopherbot.apps.gopherbot.feeds;

import dev.gopherbot.app.job.JobContext;
import dev.gopherbot.app.job.JobHandler;
import dev.gopherbot.app.job.RetryLater;
import dev.gopherbot.common.redis.Keys;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one feed: fetch what is newer than the stored cursor, then for each item, oldest first, claim it
 * (atomically with the lease check), post it, and move the cursor past it. Rules:
 * <ul>
 * <li>the very first poll (no cursor) announces only the newest item, never the backlog;</li>
 * <li>items older than the feed's maximum age are skipped (the cursor still moves past them);</li>
 * <li>a failure stops the poll where it is: the cursor stays at the last item handled, so nothing is lost, and the
 *     runner retries with backoff;</li>
 * <li>an item already claimed (by us before a crash, by a previous leader, or seen again by a feed that looks back
 *     behind its cursor) is never posted again.</li>
 * </ul>
 */
public final class FeedJob implements JobHandler {
    private static final Logger log = LoggerFactory.getLogger(FeedJob.class);

    private final Feed feed;
    private final FeedSettings settings;
    private final RedisCommands<String, String> redis;
    private final Keys keys;
    private final Notifier notifier;
    private final Clock clock;

    public FeedJob(Feed feed, FeedSettings settings, RedisCommands<String, String> redis, Keys keys,
                   Notifier notifier, Clock clock) {
        this.feed = feed;
        this.settings = settings;
        this.redis = redis;
        this.keys = keys;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** How long "announced" markers are kept: a day beyond the maximum age, after which an item is skipped anyway. */
    public static Duration markerRetention(FeedSettings settings) {
        return settings.maxAge().plus(Duration.ofDays(1));
    }

    public String name() {
        return settings.name();
    }

    @Override
    public void run(JobContext ctx) throws Exception {
        FeedStore store = new FeedStore(redis, ctx.fence(), keys, name(), markerRetention(settings));
        String cursor = store.cursor();
        List<FeedItem> items = feed.fetch(cursor);
        if (items.isEmpty()) {
            return;
        }
        if (cursor == null) {
            // the backlog counts as seen; marked, so that a feed looking back behind its cursor never finds it later
            for (FeedItem backlog : items.subList(0, items.size() - 1)) {
                store.claim(backlog.id());
            }
            items = List.of(items.getLast());
        }
        Instant oldestAllowed = clock.instant().minus(settings.maxAge());
        int skipped = 0;
        for (FeedItem item : items) {
            if (item.publishedAt().isBefore(oldestAllowed)) {
                skipped++;
            } else if (store.claim(item.id()) == FeedStore.Claim.CLAIMED) {
                post(store, item);
            } else {
                // normal for feeds that look back (Gerrit), so not worth an info line
                log.atDebug().setMessage("already announced; not posting again").addKeyValue("feed", name())
                        .addKeyValue("item", item.id()).log();
            }
            store.advance(item.cursor());
        }
        if (skipped > 0) {
            log.atInfo().setMessage("skipped items older than the maximum age").addKeyValue("feed", name())
                    .addKeyValue("skipped", skipped).addKeyValue("max_age_s", settings.maxAge().toSeconds()).log();
        }
    }

    private void post(FeedStore store, FeedItem item) throws Exception {
        try {
            notifier.announce(name(), settings.channel(), item);
        } catch (NotPosted | RetryLater e) {
            store.unclaim(item.id());
            throw e;
        } catch (IOException e) {
            // the message may have reached Slack: keep the claim and move on rather than risk posting it twice
            store.advance(item.cursor());
            log.atWarn().setMessage("announcement may not have been posted; not retrying it")
                    .addKeyValue("feed", name()).addKeyValue("item", item.id()).addKeyValue("error", e.toString())
                    .log();
            throw e;
        }
    }
}
