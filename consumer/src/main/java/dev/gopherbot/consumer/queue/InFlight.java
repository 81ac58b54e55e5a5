package dev.gopherbot.consumer.queue;

import dev.gopherbot.common.stream.StreamKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The entries this process is handling right now, so they can be kept claimed while their handlers run. */
public final class InFlight {
    private final Map<StreamKind, Set<String>> ids = new ConcurrentHashMap<>();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

    void add(Delivery d) {
        ids.computeIfAbsent(d.kind(), k -> ConcurrentHashMap.newKeySet()).add(d.id());
        threads.add(Thread.currentThread());
    }

    void remove(Delivery d) {
        Set<String> set = ids.get(d.kind());
        if (set != null) {
            set.remove(d.id());
        }
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
