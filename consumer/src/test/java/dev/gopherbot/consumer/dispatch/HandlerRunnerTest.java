package dev.gopherbot.consumer.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.common.slack.SlackCallFailed;
import io.lettuce.core.RedisConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How a handler's exception becomes an outcome: the one place errors are classified. */
class HandlerRunnerTest {
    @Test
    void aPermanentSlackErrorIsDiscarded() {
        Outcome o = HandlerRunner.outcomeOf("h", new SlackCallFailed(SlackCallFailed.Kind.PERMANENT,
                "chat.postMessage", "channel_not_found", Duration.ZERO));
        assertEquals(Outcome.discard("chat.postMessage: channel_not_found"), o);
    }

    @Test
    void aStubbornRateLimitIsRetriedNoSoonerThanSlackAsked() {
        Outcome o = HandlerRunner.outcomeOf("h", new SlackCallFailed(SlackCallFailed.Kind.RATE_LIMITED,
                "reactions.add", "ratelimited", Duration.ofSeconds(90)));
        assertEquals(Duration.ofSeconds(90), assertInstanceOf(Outcome.Retry.class, o).after());
    }

    @Test
    void slackServerErrorsRedisFailuresAndBugsAreRetried() {
        assertInstanceOf(Outcome.Retry.class, HandlerRunner.outcomeOf("h", new SlackCallFailed(
                SlackCallFailed.Kind.TRANSIENT, "reactions.add", "http 503", Duration.ZERO)));
        assertInstanceOf(Outcome.Retry.class, HandlerRunner.outcomeOf("h", new RedisConnectionException("down")));
        assertEquals(Outcome.retry("NullPointerException: oops"),
                HandlerRunner.outcomeOf("h", new NullPointerException("oops")));
    }
}
