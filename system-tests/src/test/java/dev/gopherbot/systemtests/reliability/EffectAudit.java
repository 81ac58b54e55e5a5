package dev.gopherbot.systemtests.reliability;

import dev.gopherbot.testkit.slack.Call;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The proof's judge: each event the test sent must cause exactly one effect at Slack. Every Web API call the fake
 * received is attributed to the event it belongs to — successful, failed (429, 5xx) and refused ({@code ok:false},
 * e.g. {@code already_reacted}) alike — and an effect is a call Slack processed (HTTP 200, whatever its answer): a
 * repeated reaction that Slack refuses as {@code already_reacted} is a second run of the handler, not a success.
 * Effects are told apart by where they land, so the proof uses non-idempotent posts (one DM channel per event) as
 * well as reactions (one message per event).
 */
final class EffectAudit {
    private final Map<String, String> eventByTarget = new HashMap<>();
    private final Map<String, String> effectOf = new LinkedHashMap<>();

    /** The event must add one reaction to the message {@code ts} in {@code channel}. */
    void expectReaction(String eventId, String channel, String ts) {
        expect(eventId, "reaction", "reactions.add|" + channel + "|" + ts);
    }

    /** The event must post one message in {@code channel}, which no other event posts in (a DM of its own). */
    void expectPost(String eventId, String what, String channel) {
        expect(eventId, what, "chat.postMessage|" + channel);
    }

    private void expect(String eventId, String what, String target) {
        if (eventByTarget.putIfAbsent(target, eventId) != null) {
            throw new IllegalArgumentException("two events expect the same effect " + target);
        }
        effectOf.put(eventId, what);
    }

    Verdict judge(List<Call> calls) {
        Map<String, List<Call>> perEvent = new HashMap<>();
        for (Call c : calls) {
            String event = eventByTarget.get(target(c));
            if (event != null) {
                perEvent.computeIfAbsent(event, e -> new ArrayList<>()).add(c);
            }
        }
        List<String> none = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        Map<String, Long> effectsByKind = new LinkedHashMap<>();
        long all = 0;
        long limited = 0;
        long failed = 0;
        long refused = 0;
        for (var e : effectOf.entrySet()) {
            List<Call> mine = perEvent.getOrDefault(e.getKey(), List.of());
            long effects = mine.stream().filter(c -> c.httpStatus() == 200).count();
            if (effects == 0) {
                none.add(e.getKey());
            } else if (effects > 1) {
                twice.add(e.getKey() + " (" + e.getValue() + ": " + mine.stream()
                        .map(c -> c.httpStatus() + (c.error() == null ? "" : " " + c.error())).toList() + ")");
            }
            effectsByKind.merge(e.getValue(), effects, Long::sum);
            all += mine.size();
            limited += mine.stream().filter(c -> c.httpStatus() == 429).count();
            failed += mine.stream().filter(c -> c.httpStatus() >= 500).count();
            refused += mine.stream().filter(c -> c.httpStatus() == 200 && c.error() != null).count();
        }
        return new Verdict(effectOf.size(), none, twice, effectsByKind, all, limited, failed, refused);
    }

    private static String target(Call c) {
        return switch (c.method()) {
            case "reactions.add" -> "reactions.add|" + c.param("channel") + "|" + c.param("timestamp");
            case "chat.postMessage" -> "chat.postMessage|" + c.param("channel");
            default -> "";
        };
    }

    /**
     * @param none     events no call of which Slack processed
     * @param twice    events with more than one processed call, each with every call the fake received for it
     * @param calls    every call attributed to an event, failed and refused ones included
     */
    record Verdict(int events, List<String> none, List<String> twice, Map<String, Long> effectsByKind, long calls,
                   long rateLimited, long serverErrors, long refused) {

        boolean exactlyOnce() {
            return none.isEmpty() && twice.isEmpty();
        }

        String summary() {
            return String.format("%d events: %d with no effect, %d with two or more; effects %s; %d calls for them "
                            + "(%d answered 429, %d answered 5xx, %d refused with ok:false)%s", events, none.size(),
                    twice.size(), effectsByKind, calls, rateLimited, serverErrors, refused,
                    twice.isEmpty() ? "" : "; first repeated: " + twice.subList(0, Math.min(3, twice.size())));
        }
    }

    Set<String> events() {
        return effectOf.keySet();
    }
}
