package dev.gopherbot.consumer.queue;

import dev.gopherbot.common.stream.StreamKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Which streams one {@code XREADGROUP} reads, and its {@code COUNT}, so that it can never return more entries than
 * the slots reserved for them. {@code COUNT} applies per stream: with at least as many slots as streams, every
 * stream is read with {@code slots / streams}; with fewer, only {@code slots} streams are read, one entry each, taken
 * in turns so that none starves (a consumer with few slots still reads every stream, the priority ones included,
 * which also have slots of their own: {@link Workers#PRIORITY_SLOTS}).
 */
record ReadPlan(List<StreamKind> kinds, int count) {

    /** @param kinds every stream, in the order to read them; @param turn increases by one per read */
    static ReadPlan of(List<StreamKind> kinds, int slots, int turn) {
        if (slots <= 0 || kinds.isEmpty()) {
            return new ReadPlan(List.of(), 0);
        }
        if (slots >= kinds.size()) {
            return new ReadPlan(List.copyOf(kinds), slots / kinds.size());
        }
        List<StreamKind> chosen = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            chosen.add(kinds.get(Math.floorMod(turn + i, kinds.size())));
        }
        return new ReadPlan(List.copyOf(chosen), 1);
    }

    /** True when only some streams are read: the read should block briefly, so the others get their turn soon. */
    boolean partial(int streams) {
        return kinds.size() < streams;
    }

    /** The most entries the read can return. */
    int max() {
        return kinds.size() * count;
    }
}
