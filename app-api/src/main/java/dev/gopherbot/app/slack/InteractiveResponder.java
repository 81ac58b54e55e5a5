package dev.gopherbot.app.slack;

import dev.gopherbot.common.slack.SlackCallFailed;
import dev.gopherbot.common.slack.SlackCalls;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The Slack side of interactivity: messages to a {@code response_url}, modals ({@code views.open},
 * {@code views.update}) and messages the bot posts and later edits ({@code chat.postMessage}, {@code chat.update}).
 * Web API calls go through {@link SlackCalls}; a response URL failure arrives as the same {@link SlackCallFailed},
 * so the worker retries or gives up by the same rules.
 */
public final class InteractiveResponder {
    static final String RESPONSE_URL = "response_url";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final SlackCalls slack;
    private final HttpClient http;

    public InteractiveResponder(SlackCalls slack) {
        this(slack, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    InteractiveResponder(SlackCalls slack, HttpClient http) {
        this.slack = slack;
        this.http = http;
    }

    /**
     * Posts to a {@code response_url}. Slack answers 404 once the URL is spent (five uses, or 30 minutes): that is
     * permanent. A 5xx or a network error is transient; Slack may have shown the message anyway, as with any post.
     */
    public void respond(String responseUrl, Response response) {
        URI uri = responseUri(responseUrl);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(response.json())).build();
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new SlackCallFailed(SlackCallFailed.Kind.TRANSIENT, RESPONSE_URL, "io: " + e.getMessage(),
                    Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackCallFailed(SlackCallFailed.Kind.TRANSIENT, RESPONSE_URL, "interrupted", Duration.ZERO);
        }
        int status = answer.statusCode();
        if (status / 100 == 2) {
            return;
        }
        SlackCallFailed.Kind kind = status == 429 ? SlackCallFailed.Kind.RATE_LIMITED
                : status >= 500 ? SlackCallFailed.Kind.TRANSIENT : SlackCallFailed.Kind.PERMANENT;
        Duration after = status == 429 ? Duration.ofSeconds(answer.headers().firstValueAsLong("Retry-After")
                .orElse(1)) : Duration.ZERO;
        String body = answer.body() == null ? "" : answer.body().strip();
        throw new SlackCallFailed(kind, RESPONSE_URL, "http " + status + (body.isEmpty() || body.length() > 40 ? ""
                : " " + body), after);
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

    /** A response URL comes from a signed Slack payload; it must still be an absolute http(s) URL to be used. */
    private static URI responseUri(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the same answer
        }
        throw new SlackCallFailed(SlackCallFailed.Kind.PERMANENT, RESPONSE_URL, "not an http(s) URL", Duration.ZERO);
    }
}
