package dev.gopherbot.apps.timereport.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.config.Secret;
import dev.gopherbot.testkit.timereportapi.FakeTimeReportApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client against the fake over real HTTP: the contract of docs/apps/timereport.md, and how failures are typed. */
class TimeReportApiIT {
    private static final String USER = "U0CAROL";
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static FakeTimeReportApi fake;
    private static TimeReportApi api;

    @BeforeAll
    static void start() {
        fake = FakeTimeReportApi.start();
        api = client(FakeTimeReportApi.TOKEN, Duration.ofMillis(500));
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void aCreateCarriesTheTokenAndTheKeyAndARepeatedKeyChangesNothing() {
        assertInstanceOf(ApiAnswer.Ok.class, api.create(USER, "vacation", List.of(MONDAY, MONDAY.plusDays(1)), 8,
                "key-create"));
        assertInstanceOf(ApiAnswer.Ok.class, api.create(USER, "vacation", List.of(MONDAY, MONDAY.plusDays(1)), 8,
                "key-create"));

        List<FakeTimeReportApi.Call> calls = fake.calls().stream()
                .filter(c -> c.idempotencyKey().equals("key-create")).toList();
        assertEquals(List.of(201, 201), calls.stream().map(FakeTimeReportApi.Call::status).toList());
        assertTrue(calls.get(1).replayed());
        assertEquals("{\"type\":\"vacation\",\"hours\":8,\"dates\":[\"2026-11-02\",\"2026-11-03\"]}",
                calls.get(0).body());
        assertEquals(2, fake.entries(USER).stream().filter(e -> e.date().getMonthValue() == 11).count());
    }

    @Test
    void aMonthIsListedWithItsLockAndAChangeToItIsRefusedWith423() {
        fake.seed(new FakeTimeReportApi.Entry(USER, LocalDate.of(2026, 10, 5), "sick", 4));
        fake.lock(USER, YearMonth.of(2026, 10));

        ApiAnswer<MonthReport> listed = api.list(USER, YearMonth.of(2026, 10));
        ApiAnswer<Integer> deleted = api.delete(USER, LocalDate.of(2026, 10, 5), Optional.empty(), "key-locked");

        assertEquals(new ApiAnswer.Ok<>(new MonthReport(YearMonth.of(2026, 10), true,
                List.of(new ReportedEntry(LocalDate.of(2026, 10, 5), "sick", 4)))), listed);
        assertEquals(new ApiAnswer.Refused<>(423, "2026-10 is locked", Optional.of(YearMonth.of(2026, 10))), deleted);
    }

    @Test
    void serverErrorsTimeoutsAndRefusedConnectionsAreUnavailable() {
        fake.failNext(1);
        assertEquals(new ApiAnswer.Unavailable<>("http 500: internal error"), api.lock(USER, YearMonth.of(2026, 1),
                "key-500"));

        fake.delayNext(1, Duration.ofSeconds(1));
        assertEquals(new ApiAnswer.Unavailable<>("no answer within 500 ms"), api.list(USER, YearMonth.of(2026, 1)));

        TimeReportApi nowhere = new TimeReportApi(HttpClient.newHttpClient(), URI.create("http://127.0.0.1:9/"),
                new Secret("x"), Duration.ofMillis(500));
        ApiAnswer<MonthReport> refused = nowhere.list(USER, YearMonth.of(2026, 1));
        assertTrue(refused instanceof ApiAnswer.Unavailable<MonthReport> u && u.reason().startsWith("unreachable"),
                refused.toString());
    }

    @Test
    void aWrongTokenIsRefusedAndNeverEchoed() {
        ApiAnswer<MonthReport> answer = client("wrong-token-value", Duration.ofSeconds(2)).list(USER,
                YearMonth.of(2026, 1));

        assertEquals(new ApiAnswer.Refused<>(401, "invalid or missing bearer token", Optional.empty()), answer);
        assertFalse(answer.toString().contains("wrong-token-value"));
    }

    @Test
    void deletingADayWithNothingOnItIsA404() {
        ApiAnswer<Integer> answer = api.delete(USER, LocalDate.of(2026, 12, 7), Optional.of("vab"), "key-nothing");

        assertEquals(new ApiAnswer.Refused<>(404, "nothing reported on 2026-12-07 as vab", Optional.empty()), answer);
    }

    private static TimeReportApi client(String token, Duration timeout) {
        return new TimeReportApi(HttpClient.newHttpClient(), URI.create(fake.url()), new Secret(token), timeout);
    }
}
