package dev.gopherbot.apps.timereport.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.common.config.Secret;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The time-report API over HTTP, by the contract in docs/apps/timereport.md: create, list by user and month, delete,
 * lock. Every call carries the bearer token; every change carries an {@code Idempotency-Key}, so a change sent twice
 * (a redelivery, a retry after a lost answer) happens once. Answers are typed, never thrown: the caller decides what a
 * refusal means for the user and what is worth a retry.
 */
public final class TimeReportApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REASON = 200;

    private final HttpClient http;
    private final URI base;
    private final Secret token;
    private final Duration timeout;

    /** @param base the API's base URL; the paths below are resolved against it */
    public TimeReportApi(HttpClient http, URI base, Secret token, Duration timeout) {
        this.http = http;
        String b = base.toString();
        this.base = URI.create(b.endsWith("/") ? b : b + "/");
        this.token = token;
        this.timeout = timeout;
    }

    /** {@code POST users/{user}/entries}: {@code hours} of {@code type} on each of {@code dates}. */
    public ApiAnswer<Void> create(String user, String type, List<LocalDate> dates, int hours,
                                  String idempotencyKey) {
        ObjectNode body = JSON.createObjectNode().put("type", type).put("hours", hours);
        ArrayNode days = body.putArray("dates");
        dates.forEach(d -> days.add(d.toString()));
        return send(request(userPath(user) + "/entries").header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), json -> null);
    }

    /** {@code DELETE users/{user}/entries/{date}[?type=…]}: the number of entries deleted. */
    public ApiAnswer<Integer> delete(String user, LocalDate date, Optional<String> type, String idempotencyKey) {
        String query = type.map(t -> "?type=" + encode(t)).orElse("");
        return send(request(userPath(user) + "/entries/" + date + query).header("Idempotency-Key", idempotencyKey)
                .DELETE().build(), json -> json.path("deleted").asInt(0));
    }

    /** {@code PUT users/{user}/locks/{month}}: no more changes to the month. */
    public ApiAnswer<Void> lock(String user, YearMonth month, String idempotencyKey) {
        return send(request(userPath(user) + "/locks/" + month).header("Idempotency-Key", idempotencyKey)
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), json -> null);
    }

    /** {@code GET users/{user}/entries?month=YYYY-MM}. */
    public ApiAnswer<MonthReport> list(String user, YearMonth month) {
        return send(request(userPath(user) + "/entries?month=" + month).GET().build(), json -> {
            List<ReportedEntry> entries = new ArrayList<>();
            for (JsonNode e : json.path("entries")) {
                entries.add(new ReportedEntry(LocalDate.parse(e.path("date").asText()), e.path("type").asText(),
                        e.path("hours").asInt()));
            }
            return new MonthReport(month, json.path("locked").asBoolean(false), entries);
        });
    }

    private interface Reader<T> {
        T read(JsonNode json);
    }

    private <T> ApiAnswer<T> send(HttpRequest request, Reader<T> reader) {
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return new ApiAnswer.Unavailable<>("no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return new ApiAnswer.Unavailable<>("unreachable: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ApiAnswer.Unavailable<>("interrupted");
        }
        int status = answer.statusCode();
        JsonNode json = parse(answer.body());
        if (status / 100 == 2) {
            try {
                return new ApiAnswer.Ok<>(reader.read(json));
            } catch (DateTimeException | IllegalArgumentException e) {
                return new ApiAnswer.Unavailable<>("http " + status + " with an unreadable body: " + e.getMessage());
            }
        }
        String reason = reason(json, status);
        if (status >= 500 || status == 408 || status == 429) {
            return new ApiAnswer.Unavailable<>("http " + status + ": " + reason);
        }
        return new ApiAnswer.Refused<>(status, reason, lockedMonth(json));
    }

    private HttpRequest.Builder request(String path) {
        // the token goes into the header only: never into a URL, a log line or an error message
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Authorization", "Bearer " + token.reveal()).header("Accept", "application/json");
    }

    private static String userPath(String user) {
        return "users/" + encode(user);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node == null ? JSON.createObjectNode() : node;
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }

    /** The API's {@code error}, one line, short: it is shown to the user and logged. */
    private static String reason(JsonNode json, int status) {
        String error = json.path("error").asText("").replaceAll("\\s+", " ").strip();
        if (error.isEmpty()) {
            return "status " + status;
        }
        return error.length() > MAX_REASON ? error.substring(0, MAX_REASON) + "…" : error;
    }

    private static Optional<YearMonth> lockedMonth(JsonNode json) {
        try {
            return json.hasNonNull("month") ? Optional.of(YearMonth.parse(json.get("month").asText()))
                    : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
