package dev.gopherbot.app.slack;

import dev.gopherbot.common.slack.SlackCallFailed;
import dev.gopherbot.common.slack.SlackCalls;
import java.util.List;

/**
 * The Slack side of interactivity: messages to a {@code response_url}, modals ({@code views.open},
 * {@code views.update}) and messages the bot posts and later edits ({@code chat.postMessage}, {@code chat.update}).
 * Everything goes through {@link SlackCalls}, response URLs included (the SDK's {@code Slack#send}), so a failure
 * arrives as the same {@link SlackCallFailed} and the worker retries or gives up by the same rules.
 */
public final class InteractiveResponder {
    private final SlackCalls slack;

    public InteractiveResponder(SlackCalls slack) {
        this.slack = slack;
    }

    /**
     * Posts to a {@code response_url}. Slack answers 404 once the URL is spent (five uses, or 30 minutes): that is
     * permanent, as is a URL that is not http(s). A 5xx or a network error is transient; Slack may have shown the
     * message anyway, as with any post. A 429 is rate limited, with its {@code Retry-After}.
     */
    public void respond(String responseUrl, Response response) {
        slack.respond(responseUrl, response.json());
    }

    /** Opens a modal; returns its view id. {@code expired_trigger_id} arrives as a permanent failure. */
    public String openView(String triggerId, String viewJson) {
        return slack.call("views.open", m -> m.viewsOpen(r -> r.triggerId(triggerId).viewAsString(viewJson)))
                .getView().getId();
    }

    public void updateView(String viewId, String viewJson) {
        slack.call("views.update", m -> m.viewsUpdate(r -> r.viewId(viewId).viewAsString(viewJson)));
    }

    /** Posts a message with blocks ({@code text} is the notification and fallback); returns its ts. */
    public String post(String channel, String text, String blocksJson) {
        return slack.call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(channel).text(text)
                .blocksAsString(blocksJson).unfurlLinks(false).unfurlMedia(false))).getTs();
    }

    /** Replaces a message the bot posted. */
    public void updateMessage(String channel, String ts, String text, String blocksJson) {
        slack.call("chat.update", m -> m.chatUpdate(r -> r.channel(channel).ts(ts).text(text)
                .blocksAsString(blocksJson)));
    }

    /** Sends {@code user} a direct message. */
    public void dm(String user, String text) {
        String channel = slack.call("conversations.open", m -> m.conversationsOpen(r -> r.users(List.of(user))))
                .getChannel().getId();
        slack.call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(channel).text(text)
                .unfurlLinks(false).unfurlMedia(false)));
    }
}
