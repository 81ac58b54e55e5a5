package dev.gopherbot.testkit.slack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** Sends Slack-signed requests to a gateway over real HTTP, as Slack would. */
public final class GatewayClient {
    private final URI base;
    private final SlackSigner signer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public GatewayClient(URI base, String signingSecret) {
        this.base = base;
        this.signer = new SlackSigner(signingSecret);
    }

    /** POSTs a signed Events API body to {@code /slack/events}. */
    public HttpResponse<String> postEvent(String body) {
        return postEvent(body, 0);
    }

    /** POSTs a signed Events API body as Slack's {@code retryNum}-th retry (0 = first delivery). */
    public HttpResponse<String> postEvent(String body, int retryNum) {
        return postEvent("/slack/events", body, retryNum);
    }

    /** POSTs a signed Events API body to {@code path}, e.g. one app's {@code /slack/<app>/events}. */
    public HttpResponse<String> postEvent(String path, String body, int retryNum) {
        long ts = Instant.now().getEpochSecond();
        HttpRequest.Builder req = request(path, "application/json", body.getBytes(StandardCharsets.UTF_8))
                .header("X-Slack-Request-Timestamp", Long.toString(ts))
                .header("X-Slack-Signature", signer.sign(ts, body));
        if (retryNum > 0) {
            req.header("X-Slack-Retry-Num", Integer.toString(retryNum)).header("X-Slack-Retry-Reason", "http_timeout");
        }
        return send(req.build());
    }

    /** POSTs a signed form body (slash commands, interactivity). */
    public HttpResponse<String> postForm(String path, String formBody) {
        long ts = Instant.now().getEpochSecond();
        return send(request(path, "application/x-www-form-urlencoded", formBody.getBytes(StandardCharsets.UTF_8))
                .header("X-Slack-Request-Timestamp", Long.toString(ts))
                .header("X-Slack-Signature", signer.sign(ts, formBody)).build());
    }

    /** A request builder with the body and content type set but no signature: tests add (or forge) headers. */
    public HttpRequest.Builder request(String path, String contentType, byte[] body) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("gateway did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public SlackSigner signer() {
        return signer;
    }
}
