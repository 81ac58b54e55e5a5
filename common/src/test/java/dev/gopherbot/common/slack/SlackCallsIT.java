package dev.gopherbot.common.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.methods.response.reactions.ReactionsAddResponse;
import dev.gopherbot.common.config.Secret;
import dev.gopherbot.testkit.slack.Call;
import dev.gopherbot.testkit.slack.Failure;
import dev.gopherbot.testkit.slack.FakeSlack;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one policy for Web API calls, against the fake Slack over real HTTP. */
class SlackCallsIT {
    private FakeSlack fake;
    private SlackCalls slack;

    @BeforeEach
    void start() {
        fake = FakeSlack.start();
        SlackSettings settings = new SlackSettings(new Secret(FakeSlack.BOT_TOKEN), URI.create(fake.apiUrl()));
        slack = new SlackCalls(SlackClients.slack(settings), settings.botToken(), new RateGate(Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    /** Every call of {@code method} the fake received, answered or refused. */
    private List<Call> sent(String method) {
        return fake.calls().stream().filter(c -> c.method().equals(method)).toList();
    }

    private void post(String text) {
        slack.call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel("C0GENERAL").text(text)));
    }

    @Test
    void aRateLimitedCallWaitsOutRetryAfterAndIsSentAgainInsideTheCall() {
        fake.failNext("chat.postMessage", Failure.rateLimited(1));

        post("hello");

        List<Call> calls = sent("chat.postMessage");
        assertEquals(List.of(429, 200), calls.stream().map(Call::httpStatus).toList());
        Duration waited = Duration.between(calls.get(0).receivedAt(), calls.get(1).receivedAt());
        assertTrue(waited.compareTo(Duration.ofSeconds(1)) >= 0, "waited " + waited + ", Retry-After said 1 s");
    }

    @Test
    void aRateLimitWithoutRetryAfterIsWaitedOutWithTheBackoffsFirstDelay() {
        fake.failNext("chat.postMessage", new Failure(429, 0, "ratelimited"));

        post("hello");

        List<Call> calls = sent("chat.postMessage");
        assertEquals(List.of(429, 200), calls.stream().map(Call::httpStatus).toList());
        Duration waited = Duration.between(calls.get(0).receivedAt(), calls.get(1).receivedAt());
        assertTrue(waited.compareTo(Duration.ofSeconds(1)) >= 0, "waited " + waited + ", not in a hot loop");
    }

    @Test
    void aRetryAfterLongerThanACallMayWaitFailsRateLimitedAndSlackIsNotAskedAgainMeanwhile() {
        fake.failNext("chat.postMessage", Failure.rateLimited(120));

        SlackCallFailed first = assertThrows(SlackCallFailed.class, () -> post("one"));
        SlackCallFailed second = assertThrows(SlackCallFailed.class, () -> post("two"));
        slack.call("auth.test", m -> m.authTest(r -> r));

        assertEquals(SlackCallFailed.Kind.RATE_LIMITED, first.kind());
        assertEquals(Duration.ofSeconds(120), first.retryAfter());
        assertEquals(SlackCallFailed.Kind.RATE_LIMITED, second.kind());
        assertTrue(second.retryAfter().compareTo(Duration.ofSeconds(60)) > 0
                && second.retryAfter().compareTo(Duration.ofSeconds(120)) <= 0, "the rest: " + second.retryAfter());
        assertEquals(1, sent("chat.postMessage").size(), "the second post was refused in-process");
        assertEquals(1, sent("auth.test").size(), "other methods have limits of their own");
    }

    @Test
    void aServerErrorIsTransientAndNotRepeatedInsideTheCall() {
        fake.failNext("chat.postMessage", Failure.serverError(503));

        SlackCallFailed e = assertThrows(SlackCallFailed.class, () -> post("hello"));

        assertEquals(SlackCallFailed.Kind.TRANSIENT, e.kind());
        assertEquals("http 503", e.error());
        assertEquals(1, sent("chat.postMessage").size(), "Slack may have acted: the caller decides");
    }

    @Test
    void okFalseIsTypedByItsErrorOnce() {
        fake.failNext("chat.postMessage", Failure.error("channel_not_found"));
        fake.failNext("chat.postMessage", Failure.error("internal_error"));

        SlackCallFailed permanent = assertThrows(SlackCallFailed.class, () -> post("one"));
        SlackCallFailed transientOne = assertThrows(SlackCallFailed.class, () -> post("two"));

        assertEquals(SlackCallFailed.Kind.PERMANENT, permanent.kind());
        assertEquals("channel_not_found", permanent.error());
        assertEquals(SlackCallFailed.Kind.TRANSIENT, transientOne.kind());
        assertEquals(2, sent("chat.postMessage").size());
    }

    @Test
    void anErrorTheCallerExpectsIsReturnedAsTheAnswer() {
        fake.failNext("reactions.add", Failure.error("already_reacted"));

        ReactionsAddResponse answer = slack.call("reactions.add", Set.of("already_reacted"),
                m -> m.reactionsAdd(r -> r.channel("C0GENERAL").timestamp("1.0").name("+1")));

        assertEquals("already_reacted", answer.getError());
    }
}
