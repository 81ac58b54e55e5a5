package dev.gopherbot.simulator.interactive;

import dev.gopherbot.testkit.slack.SlackSigner;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * POSTs a slash command or an interaction to an app as Slack does: form-encoded, signed with the app's secret, and
 * given {@code timeout} (Slack's 3 s) to answer. Slack does not retry these: what went wrong is shown to the person,
 * in Slack's words ({@code operation_timeout}, {@code dispatch_failed}…).
 */
public final class SignedForms implements AutoCloseable {
    /**
     * The app's answer.
     *
     * @param problem Slack's name for a failure, or null when the app answered 2xx in time
     */
    public record Answer(int status, String body, String problem) {
        public boolean ok() {
            return problem == null;
        }

        /** What Slack would tell the person, e.g. {@code operation_timeout} or {@code http_service_error (HTTP 503)}. */
        public String explained() {
            return status > 0 ? problem + " (HTTP " + status + ")" : problem;
        }
    }

    private final Duration timeout;
    private final HttpClient http;

    public SignedForms(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public Answer post(URI url, SlackSigner signer, String form) {
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)")
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signer.sign(timestamp, form))
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            return new Answer(status, response.body(), status / 100 == 2 ? null : "http_service_error");
        } catch (HttpTimeoutException e) {
            return new Answer(0, "", "operation_timeout");
        } catch (ConnectException e) {
            return new Answer(0, "", "dispatch_failed");
        } catch (IOException e) {
            return new Answer(0, "", "dispatch_failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", "dispatch_failed");
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
