package dev.gopherbot.consumer.queue;

import dev.gopherbot.common.stream.StreamKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The entries this process holds: registered the moment they are read or reclaimed (before a handler starts), and
 * kept claimed by the {@link Reclaimer} until settled, so no entry of ours is ever idle long enough for a peer to
 * take it over.
 */
public final class InFlight {
    private final Map<StreamKind, Set<String>> ids = new ConcurrentHashMap<>();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    void add(Delivery d) {
        ids.computeIfAbsent(d.kind(), k -> ConcurrentHashMap.newKeySet()).add(d.id());
    }

    void remove(Delivery d) {
        Set<String> set = ids.get(d.kind());
        if (set != null) {
            set.remove(d.id());
        }
    }

    /** The current thread runs an entry's handlers: interrupted if the shutdown grace runs out. */
    void running() {
        threads.add(Thread.currentThread());
    }

    void finished() {
        threads.remove(Thread.currentThread());
    }

    public List<String> ids(StreamKind kind) {
        Set<String> set = ids.get(kind);
        return set == null ? List.of() : List.copyOf(set);
    }

    public int size() {
        return ids.values().stream().mapToInt(Set::size).sum();
    }

    /** Interrupts handlers still running when the shutdown grace is over; their entries stay pending for peers. */
    public void interruptAll() {
        threads.forEach(Thread::interrupt);
    }
}
