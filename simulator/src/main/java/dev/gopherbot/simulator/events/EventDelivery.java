package dev.gopherbot.simulator.events;

import dev.gopherbot.simulator.apps.AppLink;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs Events API bodies to an app's events URL as Slack does: signed afresh for every attempt, a 2xx answer within the
 * policy's timeout counts as delivered, anything else is retried with {@code X-Slack-Retry-Num} and
 * {@code X-Slack-Retry-Reason} after the policy's delays, and the event is given up after the last retry. An answer
 * carrying {@code X-Slack-No-Retry: 1} is not retried, as Slack honours it too.
 */
public final class EventDelivery implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EventDelivery.class);

    private final DeliveryPolicy policy;
    private final Consumer<DeliveryStatus> listener;
    private final HttpClient http;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("event-retries").daemon().factory());

    public EventDelivery(DeliveryPolicy policy, Consumer<DeliveryStatus> listener) {
        this.policy = policy;
        this.listener = listener;
        this.http = HttpClient.newBuilder().connectTimeout(policy.timeout()).build();
    }

    /** Starts delivering to {@code app}; the outcome arrives at the listener. */
    public void send(String eventId, String body, AppLink app) {
        attempt(new Attempt(eventId, body, app), 0, null);
    }

    /** What is resent on every attempt. */
    private record Attempt(String eventId, String body, AppLink app) {
    }

    private void attempt(Attempt a, int retryNum, String retryReason) {
        String eventId = a.eventId();
        listener.accept(DeliveryStatus.sending(eventId, a.app().name(), retryNum + 1));
        long started = System.nanoTime();
        http.sendAsync(request(a, retryNum, retryReason), HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, error) -> {
                    long ms = (System.nanoTime() - started) / 1_000_000;
                    Outcome outcome = error == null ? Outcome.of(response) : Outcome.of(unwrap(error), policy);
                    if (outcome.delivered()) {
                        log.info("event delivered app={} event_id={} attempts={} status={} ms={}", a.app().name(),
                                eventId, retryNum + 1, response.statusCode(), ms);
                        listener.accept(new DeliveryStatus(eventId, a.app().name(), DeliveryStatus.State.DELIVERED,
                                retryNum + 1, null, null));
                    } else {
                        failed(a, retryNum, outcome, ms);
                    }
                });
    }

    private void failed(Attempt a, int retryNum, Outcome outcome, long ms) {
        int attempts = retryNum + 1;
        String app = a.app().name();
        if (retryNum >= policy.maxRetries() || outcome.noRetry()) {
            log.warn("event not delivered, giving up app={} event_id={} attempts={} problem=\"{}\" ms={}", app,
                    a.eventId(), attempts, outcome.problem(), ms);
            listener.accept(new DeliveryStatus(a.eventId(), app, DeliveryStatus.State.FAILED, attempts,
                    outcome.problem(), null));
            return;
        }
        Duration delay = policy.retryDelays().get(retryNum);
        log.warn("event not delivered, will retry app={} event_id={} attempts={} problem=\"{}\" retry_in={}s", app,
                a.eventId(), attempts, outcome.problem(), delay.toSeconds());
        listener.accept(new DeliveryStatus(a.eventId(), app, DeliveryStatus.State.RETRYING, attempts,
                outcome.problem(), Instant.now().plus(delay)));
        try {
            retries.schedule(() -> attempt(a, retryNum + 1, outcome.retryReason()), delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing: the retry is dropped, as Slack drops deliveries to an app it has disabled
        }
    }

    private HttpRequest request(Attempt a, int retryNum, String retryReason) {
        // Slack signs each attempt with the time of that attempt, so a late retry still passes the 5-minute window
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest.Builder req = HttpRequest.newBuilder(a.app().eventsUrl()).timeout(policy.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)")
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", a.app().signer().sign(timestamp, a.body()))
                .POST(HttpRequest.BodyPublishers.ofString(a.body(), StandardCharsets.UTF_8));
        if (retryNum > 0) {
            req.header("X-Slack-Retry-Num", Integer.toString(retryNum)).header("X-Slack-Retry-Reason", retryReason);
        }
        return req.build();
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    /** One attempt's result, in Slack's vocabulary for {@code X-Slack-Retry-Reason}. */
    private record Outcome(boolean delivered, boolean noRetry, String retryReason, String problem) {
        static Outcome of(HttpResponse<?> response) {
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new Outcome(true, false, null, null);
            }
            boolean noRetry = "1".equals(response.headers().firstValue("X-Slack-No-Retry").orElse(null));
            return new Outcome(false, noRetry, "http_error", "HTTP " + status);
        }

        static Outcome of(Throwable error, DeliveryPolicy policy) {
            if (error instanceof HttpTimeoutException) {
                return new Outcome(false, false, "http_timeout", "no answer within " + seconds(policy.timeout()));
            }
            if (error instanceof ConnectException) {
                return new Outcome(false, false, "connection_failed", "connection refused");
            }
            String what = error instanceof IOException ? error.getClass().getSimpleName() : error.toString();
            return new Outcome(false, false, "unknown_error", what);
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    @Override
    public void close() {
        retries.shutdownNow();
        http.close();
    }
}
