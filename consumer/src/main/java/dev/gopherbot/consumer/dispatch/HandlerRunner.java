package dev.gopherbot.consumer.dispatch;

import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.common.slack.SlackCallFailed;
import io.lettuce.core.RedisException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls an event's handlers one after the other. Each is isolated: an exception becomes that handler's outcome and
 * the others still run. A handler whose effect is already recorded is skipped.
 */
public final class HandlerRunner {
    private static final Logger log = LoggerFactory.getLogger(HandlerRunner.class);

    /**
     * @param outcome  the event's outcome: retry if any handler asked for one, else discard if all discarded, else
     *                 done
     * @param handlers {@code name=outcome} per handler, for the log line
     */
    public record Result(Outcome outcome, List<String> handlers) {
    }

    public Result run(List<HandlerCall> calls, EffectLedger ledger) {
        List<String> summary = new ArrayList<>();
        List<String> retryReasons = new ArrayList<>();
        List<String> discardReasons = new ArrayList<>();
        Duration retryAfter = Duration.ZERO;
        for (HandlerCall call : calls) {
            Outcome outcome;
            try {
                if (ledger.isDone(call.name())) {
                    summary.add(call.name() + "=already-done");
                    continue;
                }
                outcome = call.action().run();
                if (outcome == null) {
                    outcome = Outcome.done();
                }
            } catch (Exception e) {
                outcome = outcomeOf(call.name(), e);
            }
            switch (outcome) {
                case Outcome.Done d -> ledger.recordDone(call.name(), "done");
                case Outcome.Discard d -> {
                    ledger.recordDone(call.name(), "discarded: " + d.reason());
                    discardReasons.add(call.name() + ": " + d.reason());
                }
                case Outcome.Retry r -> {
                    retryReasons.add(call.name() + ": " + r.reason());
                    retryAfter = r.after().compareTo(retryAfter) > 0 ? r.after() : retryAfter;
                }
            }
            summary.add(call.name() + "=" + name(outcome));
        }
        if (!retryReasons.isEmpty()) {
            return new Result(Outcome.retry(String.join("; ", retryReasons), retryAfter), summary);
        }
        if (!discardReasons.isEmpty()) {
            return new Result(Outcome.discard(String.join("; ", discardReasons)), summary);
        }
        return new Result(Outcome.done(), summary);
    }

    /** How a handler's exception is treated: caught here, once, for every handler. */
    static Outcome outcomeOf(String handler, Exception e) {
        return switch (e) {
            case SlackCallFailed f when f.kind() == SlackCallFailed.Kind.PERMANENT -> Outcome.discard(f.getMessage());
            case SlackCallFailed f -> Outcome.retry(f.getMessage(), f.retryAfter());
            case RedisException r -> Outcome.retry("redis: " + r.getMessage());
            case InterruptedException i -> {
                Thread.currentThread().interrupt();
                yield Outcome.retry("interrupted");
            }
            default -> {
                // most likely a bug: retried, then kept in the dead letters to be requeued once it is fixed
                log.warn("handler {} failed", handler, e);
                yield Outcome.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        };
    }

    private static String name(Outcome outcome) {
        return switch (outcome) {
            case Outcome.Done d -> "done";
            case Outcome.Retry r -> "retry";
            case Outcome.Discard d -> "discard";
        };
    }
}
