package dev.gopherbot.simulator.interactive;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the page shows in an open modal besides the view: the errors of the last submission, under their inputs
 * ({@code response_action: errors}, or Slack's own checks), or one line for the whole modal when the app did not
 * answer. Cleared when the view changes or closes.
 */
public final class ModalErrors {
    /** @param general a line for the whole modal, or null */
    public record Shown(String viewId, Map<String, String> byBlock, String general) {
    }

    private final Map<String, Shown> byPerson = new ConcurrentHashMap<>();

    void show(String person, String viewId, Map<String, String> byBlock, String general) {
        byPerson.put(person, new Shown(viewId, Map.copyOf(byBlock), general));
    }

    void clear(String person) {
        byPerson.remove(person);
    }

    /** The errors for {@code person}'s view {@code viewId}; errors of another view are stale. */
    public Optional<Shown> of(String person, String viewId) {
        return Optional.ofNullable(byPerson.get(person)).filter(s -> s.viewId().equals(viewId));
    }
}
