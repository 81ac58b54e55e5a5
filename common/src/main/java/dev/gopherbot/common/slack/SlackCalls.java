package dev.gopherbot.common.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.impl.MethodsClientImpl;
import com.slack.api.util.http.SlackHttpClient;
import com.slack.api.webhook.WebhookResponse;
import dev.gopherbot.common.config.Secret;
import dev.gopherbot.common.retry.Backoff;
import dev.gopherbot.common.retry.RetryAfter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every call to Slack of every process and app goes through here, Web API methods and {@code response_url} posts
 * alike: it waits out Slack's rate limits, checks {@code ok}, and turns failures into {@link SlackCallFailed} of the
 * kind {@link SlackErrors} decides.
 *
 * <p>A 429 is retried here, in the call, after {@code Retry-After}: Slack refused the request, so nothing happened
 * and repeating it cannot duplicate an effect, and earlier effects of the same handler are not repeated. A wait
 * longer than {@link #MAX_IN_CALL_WAIT} is not taken here (it would hold a worker or the job thread): the call fails
 * {@link SlackCallFailed.Kind#RATE_LIMITED} with the delay, and the worker or job runner comes back then. A 5xx is
 * not retried here: Slack may have acted before failing, so the decision goes back to the caller.
 */
public final class SlackCalls {
    private static final Logger log = LoggerFactory.getLogger(SlackCalls.class);
    /** The pseudo-method a {@code response_url} failure is reported under. */
    public static final String RESPONSE_URL = "response_url";
    static final int MAX_RATE_LIMIT_WAITS = 10;
    static final Duration MAX_IN_CALL_WAIT = Duration.ofSeconds(60);
    /** A 429 without a usable {@code Retry-After}: one second, doubling, so repeated refusals are no hot loop. */
    static final Backoff WITHOUT_RETRY_AFTER = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(30));

    /** One Web API request. */
    @FunctionalInterface
    public interface Request<T extends SlackApiTextResponse> {
        T send(MethodsClient methods) throws IOException, SlackApiException;
    }

    private final MethodsClient methods;
    private final Slack slack;
    private final RateGate gate;

    /** The usual way: the Web API client and {@code response_url} posts share the SDK's HTTP client and timeouts. */
    public SlackCalls(Slack slack, Secret botToken, RateGate gate) {
        this(slack.methods(botToken.reveal()), slack, gate);
    }

    /** With a Web API client built elsewhere; response URLs are posted through that client's HTTP client. */
    public SlackCalls(MethodsClient methods, RateGate gate) {
        this(methods, sameHttpClient(methods), gate);
    }

    private static Slack sameHttpClient(MethodsClient methods) {
        if (methods instanceof MethodsClientImpl sdk) {
            // with the client's own config: Slack.getInstance(client) alone would reset it to the defaults
            SlackHttpClient http = sdk.getSlackHttpClient();
            return Slack.getInstance(http.getConfig(), http);
        }
        return Slack.getInstance();
    }

    private SlackCalls(MethodsClient methods, Slack slack, RateGate gate) {
        this.methods = methods;
        this.slack = slack;
        this.gate = gate;
    }

    /** Sends a request; returns the response only when Slack answered {@code ok:true} (or an error in {@code okErrors}). */
    public <T extends SlackApiTextResponse> T call(String method, Set<String> okErrors, Request<T> request) {
        for (int waits = 0; ; waits++) {
            try {
                Duration closed = gate.remaining(method);
                if (closed.compareTo(MAX_IN_CALL_WAIT) > 0) {
                    // an earlier call was told to wait this long: asking Slack now would only earn another 429
                    throw new SlackCallFailed(SlackCallFailed.Kind.RATE_LIMITED, method, "ratelimited", closed);
                }
                gate.awaitOpen(method);
                T response = request.send(methods);
                if (response.isOk() || okErrors.contains(response.getError())) {
                    return response;
                }
                String error = response.getError();
                throw new SlackCallFailed(SlackErrors.ofError(error), method, error, Duration.ZERO);
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                SlackCallFailed.Kind kind = SlackErrors.ofStatus(status);
                if (kind != SlackCallFailed.Kind.RATE_LIMITED) {
                    throw new SlackCallFailed(kind, method, "http " + status, Duration.ZERO);
                }
                Duration after = retryAfter(e.getResponse().header("Retry-After"), waits + 1);
                gate.close(method, after);
                if (waits >= MAX_RATE_LIMIT_WAITS || after.compareTo(MAX_IN_CALL_WAIT) > 0) {
                    throw new SlackCallFailed(SlackCallFailed.Kind.RATE_LIMITED, method, "ratelimited", after);
                }
                log.debug("{} rate limited; waiting {} ms", method, after.toMillis());
            } catch (IOException e) {
                throw ioFailure(method, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SlackCallFailed(SlackCallFailed.Kind.TRANSIENT, method, "interrupted", Duration.ZERO);
            }
        }
    }

    public <T extends SlackApiTextResponse> T call(String method, Request<T> request) {
        return call(method, Set.of(), request);
    }

    /**
     * Posts a JSON message to a {@code response_url}, through the SDK's {@code Slack#send}. A URL that is not an
     * absolute http(s) URL is refused without sending anything. A 429 is not waited out here: Slack documents no
     * limit for response URLs, so one is rare and the caller's retry after {@code Retry-After} is enough.
     */
    public void respond(String responseUrl, String json) {
        String url = httpUrl(responseUrl);
        WebhookResponse answer;
        try {
            answer = slack.send(url, json);
        } catch (IOException e) {
            throw ioFailure(RESPONSE_URL, e);
        }
        int status = answer.getCode();
        if (status / 100 == 2) {
            return;
        }
        SlackCallFailed.Kind kind = SlackErrors.ofStatus(status);
        Duration after = kind == SlackCallFailed.Kind.RATE_LIMITED
                ? retryAfter(header(answer.getHeaders(), "Retry-After"), 1) : Duration.ZERO;
        String body = answer.getBody() == null ? "" : answer.getBody().strip();
        // Slack answers with a short reason (used_url, expired_url, invalid_payload); anything longer is a page
        throw new SlackCallFailed(kind, RESPONSE_URL, "http " + status + (body.isEmpty() || body.length() > 40 ? ""
                : " " + body), after);
    }

    /** {@code Retry-After} as Slack sent it or, when it sent none that can be read, the backoff for this attempt. */
    private Duration retryAfter(String header, int attempt) {
        return RetryAfter.parse(header, gate.now()).orElseGet(() -> WITHOUT_RETRY_AFTER.delay(attempt));
    }

    private static SlackCallFailed ioFailure(String method, IOException e) {
        // OkHttp reports its call timeout as an InterruptedIOException; the thread itself was not interrupted
        String error = e instanceof InterruptedIOException ? "timeout" : "io: " + e.getMessage();
        return new SlackCallFailed(SlackCallFailed.Kind.TRANSIENT, method, error, Duration.ZERO);
    }

    /** The SDK lower-cases header names (OkHttp's multimap); compare without case either way. */
    private static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        return headers.entrySet().stream().filter(h -> name.equalsIgnoreCase(h.getKey()) && !h.getValue().isEmpty())
                .map(h -> h.getValue().getFirst()).findFirst().orElse(null);
    }

    /** A response URL comes from a signed Slack payload; it must still be an absolute http(s) URL to be used. */
    private static String httpUrl(String url) {
        try {
            URI uri = URI.create(String.valueOf(url));
            if (uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return uri.toString();
            }
        } catch (IllegalArgumentException e) {
            // falls through to the same answer
        }
        throw new SlackCallFailed(SlackCallFailed.Kind.PERMANENT, RESPONSE_URL, "not an http(s) URL", Duration.ZERO);
    }
}
