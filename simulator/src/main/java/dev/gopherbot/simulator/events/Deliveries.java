package dev.gopherbot.simulator.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The latest {@link DeliveryStatus} of recent events, so the page can show "not delivered yet" under a message.
 * Bounded: a long session keeps only the newest {@value #KEEP} events.
 */
public final class Deliveries implements Consumer<DeliveryStatus> {
    private static final int KEEP = 2000;

    private final Map<String, DeliveryStatus> byEvent = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, DeliveryStatus> eldest) {
            return size() > KEEP;
        }
    };
    private long version;

    @Override
    public synchronized void accept(DeliveryStatus status) {
        byEvent.put(status.eventId(), status);
        version++;
    }

    public synchronized Optional<DeliveryStatus> status(String eventId) {
        return Optional.ofNullable(byEvent.get(eventId));
    }

    /** Changes whenever a status changes; the page's long poll compares it. */
    public synchronized long version() {
        return version;
    }
}
