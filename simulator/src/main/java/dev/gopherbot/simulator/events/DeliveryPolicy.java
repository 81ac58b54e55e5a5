package dev.gopherbot.simulator.events;

import java.time.Duration;
import java.util.List;

/**
 * Slack's delivery behaviour for the Events API: the app must answer 2xx within {@code timeout}, otherwise Slack
 * retries, once per entry of {@code retryDelays}, waiting that long before each retry.
 */
public record DeliveryPolicy(Duration timeout, List<Duration> retryDelays) {
    /** As Slack documents it: 3 seconds to answer; retries immediately, after 1 minute, after 5 minutes. */
    public static final DeliveryPolicy SLACK = new DeliveryPolicy(Duration.ofSeconds(3),
            List.of(Duration.ZERO, Duration.ofMinutes(1), Duration.ofMinutes(5)));

    public DeliveryPolicy {
        retryDelays = List.copyOf(retryDelays);
    }

    public int maxRetries() {
        return retryDelays.size();
    }
}
