package dev.gopherbot.apps.gopherbot.feeds;

import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.gopherbot.app.job.RetryLater;
import dev.gopherbot.common.channels.Channel;
import dev.gopherbot.common.channels.ChannelDirectory;
import dev.gopherbot.common.slack.SlackCallFailed;
import dev.gopherbot.common.slack.SlackCalls;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts an announcement to a channel given by name (resolved through the channel cache) or by id. In shadow mode
 * ({@code BOT_ENV} other than production) it only logs what it would post.
 *
 * <p>Failures are sorted by whether the message may have been posted: a 429 ({@link RetryLater}) or a refusal
 * ({@link NotPosted}) certainly was not, so the item may be tried again; an {@link IOException} (a timeout) may have
 * been, so it is not retried.
 */
public final class Notifier {
    private static final Logger log = LoggerFactory.getLogger(Notifier.class);
    private static final Pattern CHANNEL_ID = Pattern.compile("[CG][A-Z0-9]+");

    private final SlackCalls slack;
    private final ChannelDirectory directory;
    private final boolean shadowMode;

    public Notifier(SlackCalls slack, ChannelDirectory directory, boolean shadowMode) {
        this.slack = slack;
        this.directory = directory;
        this.shadowMode = shadowMode;
    }

    public void announce(String feed, String channel, FeedItem item) throws NotPosted, RetryLater, IOException {
        if (shadowMode) {
            log.atInfo().setMessage("would announce (shadow mode)").addKeyValue("feed", feed)
                    .addKeyValue("channel", channel).addKeyValue("item", item.id()).addKeyValue("text", item.text())
                    .log();
            return;
        }
        String channelId = resolve(channel);
        ChatPostMessageResponse response;
        try {
            response = slack.call("chat.postMessage", m -> m.chatPostMessage(ChatPostMessageRequest.builder()
                    .channel(channelId).text(item.text()).unfurlLinks(item.unfurl()).unfurlMedia(item.unfurl())
                    .build()));
        } catch (SlackCallFailed e) {
            switch (e.kind()) {
                case RATE_LIMITED -> throw new RetryLater("Slack rate-limited chat.postMessage", e.retryAfter());
                case PERMANENT -> throw new NotPosted("chat.postMessage to " + channel + " failed: " + e.error(), e);
                case TRANSIENT -> {
                    // Slack answered an HTTP error: it refused the request; a timeout or a broken connection may not
                    if (e.error().startsWith("http ")) {
                        throw new NotPosted("chat.postMessage answered " + e.error(), e);
                    }
                    throw new IOException("chat.postMessage: " + e.error(), e);
                }
                default -> throw e;
            }
        }
        log.atInfo().setMessage("announced").addKeyValue("feed", feed).addKeyValue("channel", channel)
                .addKeyValue("item", item.id()).addKeyValue("ts", response.getTs()).log();
    }

    private String resolve(String channel) throws NotPosted {
        String trimmed = channel.strip();
        if (CHANNEL_ID.matcher(trimmed).matches()) {
            return trimmed;
        }
        return directory.byName(trimmed).map(Channel::id).orElseThrow(() -> new NotPosted(
                "channel #" + Channel.normalizeName(trimmed) + " is not in the channel cache (yet)"));
    }
}
