package dev.gopherbot.common.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every Web API call of the consumer goes through here: it waits out Slack's rate limits, checks {@code ok}, and turns
 * failures into {@link SlackCallFailed} of the right {@link SlackCallFailed.Kind}.
 *
 * <p>A 429 is retried here, in the call, after {@code Retry-After}: Slack refused the request, so nothing happened
 * and repeating it cannot duplicate an effect, and earlier effects of the same handler are not repeated. A 5xx is
 * not retried here: Slack may have acted before failing, so the decision goes back to the worker.
 */
public final class SlackCalls {
    private static final Logger log = LoggerFactory.getLogger(SlackCalls.class);
    /** {@code ok:false} errors that say "try again later" rather than "this request is wrong". */
    private static final Set<String> TRANSIENT_ERRORS = Set.of("internal_error", "fatal_error", "service_unavailable",
            "request_timeout", "ratelimited", "team_added_to_org");
    private static final int MAX_RATE_LIMIT_WAITS = 10;
    private static final Duration MAX_IN_CALL_WAIT = Duration.ofSeconds(60);
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    /** One Web API request. */
    @FunctionalInterface
    public interface Request<T extends SlackApiTextResponse> {
        T send(MethodsClient methods) throws IOException, SlackApiException;
    }

    private final MethodsClient methods;
    private final RateGate gate;

    public SlackCalls(MethodsClient methods, RateGate gate) {
        this.methods = methods;
        this.gate = gate;
    }

    /** Sends a request; returns the response only when Slack answered {@code ok:true} (or an error in {@code okErrors}). */
    public <T extends SlackApiTextResponse> T call(String method, Set<String> okErrors, Request<T> request) {
        for (int waits = 0; ; waits++) {
            try {
                gate.awaitOpen(method);
                T response = request.send(methods);
                if (response.isOk() || okErrors.contains(response.getError())) {
                    return response;
                }
                String error = response.getError();
                throw new SlackCallFailed(TRANSIENT_ERRORS.contains(error) ? SlackCallFailed.Kind.TRANSIENT
                        : SlackCallFailed.Kind.PERMANENT, method, error, Duration.ZERO);
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                if (status != 429) {
                    throw new SlackCallFailed(SlackCallFailed.Kind.TRANSIENT, method, "http " + status, Duration.ZERO);
                }
                Duration after = retryAfter(e);
                gate.close(method, after);
                if (waits >= MAX_RATE_LIMIT_WAITS || after.compareTo(MAX_IN_CALL_WAIT) > 0) {
                    throw new SlackCallFailed(SlackCallFailed.Kind.RATE_LIMITED, method, "ratelimited", after);
                }
                log.debug("{} rate limited; waiting {} ms", method, after.toMillis());
            } catch (InterruptedIOException e) {
                throw new SlackCallFailed(SlackCallFailed.Kind.TRANSIENT, method, "timeout", Duration.ZERO);
            } catch (IOException e) {
                throw new SlackCallFailed(SlackCallFailed.Kind.TRANSIENT, method, "io: " + e.getMessage(),
                        Duration.ZERO);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SlackCallFailed(SlackCallFailed.Kind.TRANSIENT, method, "interrupted", Duration.ZERO);
            }
        }
    }

    public <T extends SlackApiTextResponse> T call(String method, Request<T> request) {
        return call(method, Set.of(), request);
    }

    private static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        try {
            long seconds = header == null ? 0 : Long.parseLong(header.trim());
            return seconds > 0 ? Duration.ofSeconds(seconds) : DEFAULT_RETRY_AFTER;
        } catch (NumberFormatException ignored) {
            return DEFAULT_RETRY_AFTER;
        }
    }
}
