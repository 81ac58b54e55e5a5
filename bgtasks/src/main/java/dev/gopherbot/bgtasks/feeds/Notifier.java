package dev.gopherbot.bgtasks.feeds;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.gopherbot.bgtasks.jobs.RetryLater;
import dev.gopherbot.common.channels.Channel;
import dev.gopherbot.common.channels.ChannelDirectory;
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

    private final MethodsClient slack;
    private final ChannelDirectory directory;
    private final boolean shadowMode;

    public Notifier(MethodsClient slack, ChannelDirectory directory, boolean shadowMode) {
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
            response = slack.chatPostMessage(ChatPostMessageRequest.builder().channel(channelId).text(item.text())
                    .unfurlLinks(item.unfurl()).unfurlMedia(item.unfurl()).build());
        } catch (SlackApiException e) {
            RetryLater later = RetryLater.fromSlack("chat.postMessage", e).orElse(null);
            if (later != null) {
                throw later;
            }
            throw new NotPosted("chat.postMessage answered HTTP " + e.getResponse().code(), e);
        }
        if (!response.isOk()) {
            throw new NotPosted("chat.postMessage to " + channel + " failed: " + response.getError());
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
