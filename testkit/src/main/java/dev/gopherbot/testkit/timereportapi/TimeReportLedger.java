package dev.gopherbot.testkit.timereportapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.testkit.timereportapi.FakeTimeReportApi.Entry;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The fake's stored state and the four operations of the contract on it, answered as the real API would. */
final class TimeReportLedger {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Set<YearMonth>> locks = new HashMap<>();

    /** {@code POST users/<user>/entries} with {@code {"type","hours","dates":[…]}}: all dates or none. */
    synchronized Answer create(String user, JsonNode body) {
        String type = body.path("type").asText("");
        int hours = body.path("hours").asInt(0);
        List<LocalDate> dates = new ArrayList<>();
        for (JsonNode d : body.path("dates")) {
            Optional<LocalDate> date = date(d.asText());
            if (date.isEmpty()) {
                return Answer.error(400, "not a date: " + d.asText());
            }
            dates.add(date.get());
        }
        if (type.isEmpty() || hours < 1 || hours > 24 || dates.isEmpty()) {
            return Answer.error(400, "a create needs a type, hours from 1 to 24 and at least one date");
        }
        for (LocalDate date : dates) {
            if (locked(user, YearMonth.from(date))) {
                return locked(YearMonth.from(date));
            }
            if (entries.stream().anyMatch(e -> e.user().equals(user) && e.date().equals(date)
                    && e.type().equals(type))) {
                return Answer.error(409, type + " is already reported on " + date);
            }
        }
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode created = answer.putArray("entries");
        for (LocalDate date : dates) {
            entries.add(new Entry(user, date, type, hours));
            created.add(entry(date, type, hours));
        }
        return new Answer(201, answer.toString());
    }

    /** {@code GET users/<user>/entries?month=YYYY-MM}. */
    synchronized Answer list(String user, String month) {
        Optional<YearMonth> m = month(month == null ? "" : month);
        if (m.isEmpty()) {
            return Answer.error(400, "month=YYYY-MM required");
        }
        ObjectNode answer = JSON.createObjectNode().put("user", user).put("month", m.get().toString())
                .put("locked", locked(user, m.get()));
        ArrayNode list = answer.putArray("entries");
        entries(user).stream().filter(e -> YearMonth.from(e.date()).equals(m.get()))
                .forEach(e -> list.add(entry(e.date(), e.type(), e.hours())));
        return new Answer(200, answer.toString());
    }

    /** {@code DELETE users/<user>/entries/<date>[?type=…]}. */
    synchronized Answer delete(String user, String day, String type) {
        Optional<LocalDate> date = date(day);
        if (date.isEmpty()) {
            return Answer.error(400, "not a date: " + day);
        }
        if (locked(user, YearMonth.from(date.get()))) {
            return locked(YearMonth.from(date.get()));
        }
        int before = entries.size();
        entries.removeIf(e -> e.user().equals(user) && e.date().equals(date.get())
                && (type == null || e.type().equals(type)));
        int deleted = before - entries.size();
        if (deleted == 0) {
            return Answer.error(404, "nothing reported on " + date.get() + (type == null ? "" : " as " + type));
        }
        return new Answer(200, JSON.createObjectNode().put("deleted", deleted).toString());
    }

    /** {@code PUT users/<user>/locks/<month>}: locking twice is fine. */
    synchronized Answer lockCall(String user, String month) {
        Optional<YearMonth> m = month(month);
        if (m.isEmpty()) {
            return Answer.error(400, "not a month: " + month);
        }
        lock(user, m.get());
        return new Answer(200, JSON.createObjectNode().put("month", m.get().toString()).put("locked", true)
                .toString());
    }

    synchronized List<Entry> entries(String user) {
        return entries.stream().filter(e -> e.user().equals(user))
                .sorted(Comparator.comparing(Entry::date).thenComparing(Entry::type)).toList();
    }

    synchronized void seed(Entry entry) {
        entries.add(entry);
    }

    synchronized Set<YearMonth> locks(String user) {
        return Set.copyOf(locks.getOrDefault(user, Set.of()));
    }

    synchronized void lock(String user, YearMonth month) {
        locks.computeIfAbsent(user, u -> new LinkedHashSet<>()).add(month);
    }

    synchronized void unlock(String user, YearMonth month) {
        locks.getOrDefault(user, new LinkedHashSet<>()).remove(month);
    }

    private boolean locked(String user, YearMonth month) {
        return locks.getOrDefault(user, Set.of()).contains(month);
    }

    private static Answer locked(YearMonth month) {
        return new Answer(423, JSON.createObjectNode().put("error", month + " is locked")
                .put("month", month.toString()).toString());
    }

    private static ObjectNode entry(LocalDate date, String type, int hours) {
        return JSON.createObjectNode().put("date", date.toString()).put("type", type).put("hours", hours);
    }

    private static Optional<LocalDate> date(String s) {
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<YearMonth> month(String s) {
        try {
            return Optional.of(YearMonth.parse(s));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
