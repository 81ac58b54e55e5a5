package dev.gopherbot.apps.ossi;

import static dev.gopherbot.apps.ossi.OssiStack.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gopherbot.common.stream.StreamKind;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the gateway answers at once, before anything is enqueued: mistakes in the modal (shown under the inputs) and
 * in the command (the usage). No consumer runs here, so whatever was enqueued would stay in the streams.
 */
class GatewayChecksIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LINK = "https://github.com/golang/go/pull/1";
    private static final String NEXT_MONTH = YearMonth.now(ZoneId.of("Europe/Helsinki")).plusMonths(1).toString();
    private static OssiStack ossi;

    @BeforeEach
    void start() {
        if (ossi == null) {
            ossi = new OssiStack(); // here, not in @BeforeAll: PostgresServer.shared() may skip a test
        }
    }

    @AfterAll
    static void stop() {
        if (ossi != null) {
            ossi.close();
            ossi = null;
        }
    }

    static Stream<Arguments> badSubmissions() {
        return Stream.of(
                Arguments.of("nothing filled in", "", "", null, "",
                        List.of("description", "url", "size", "month")),
                Arguments.of("a description over 1000 characters", "x".repeat(1001), LINK, "M", "2026-01",
                        List.of("description")),
                Arguments.of("an ftp link", "Fixed a bug", "ftp://example.com/patch", "M", "2026-01", List.of("url")),
                Arguments.of("a link without a scheme", "Fixed a bug", "github.com/golang/go", "M", "2026-01",
                        List.of("url")),
                Arguments.of("a size that is not offered", "Fixed a bug", LINK, "XL", "2026-01", List.of("size")),
                Arguments.of("month 13", "Fixed a bug", LINK, "S", "2026-13", List.of("month")),
                Arguments.of("next month", "Fixed a bug", LINK, "L", NEXT_MONTH, List.of("month")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSubmissions")
    void aBadSubmissionIsAnsweredWithErrorsUnderTheRightInputsAndNothingIsStored(String what, String description,
            String url, String size, String month, List<String> blocks) throws Exception {
        long before = ossi.length(StreamKind.interaction(OssiApp.NAME));

        HttpResponse<String> response = ossi.submit(ALICE, description, url, size, month);

        assertEquals(200, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("errors", body.path("response_action").asText());
        assertEquals(blocks, iterable(body.path("errors").fieldNames()));
        assertEquals(before, ossi.length(StreamKind.interaction(OssiApp.NAME)));
    }

    @Test
    void aMonthInTheFutureIsExplained() throws Exception {
        JsonNode body = JSON.readTree(ossi.submit(ALICE, "Fixed a bug", LINK, "M", NEXT_MONTH).body());

        assertTrue(body.path("errors").path("month").asText().startsWith(NEXT_MONTH + " is in the future"));
    }

    @Test
    void aGoodSubmissionClosesTheModalAndIsEnqueuedOnce() {
        long before = ossi.length(StreamKind.interaction(OssiApp.NAME));

        HttpResponse<String> response = ossi.submit(ALICE, "Fixed a bug", LINK, "M", "2026-01");

        assertEquals(200, response.statusCode());
        assertEquals("", response.body(), "an empty 200 closes the modal");
        assertEquals(before + 1, ossi.length(StreamKind.interaction(OssiApp.NAME)));
    }

    static Stream<Arguments> badCommands() {
        return Stream.of(
                Arguments.of("report 2026-13", "`2026-13` is not a month"),
                Arguments.of("report October", "`October` is not a month"),
                Arguments.of("report", "Which month?"),
                Arguments.of("list 13-2026", "`13-2026` is not a month"),
                Arguments.of("frobnicate now", "I don't know `/ossi frobnicate`"),
                Arguments.of("help", "Usage:"),
                Arguments.of("", "Usage:"));
    }

    @ParameterizedTest(name = "/ossi {0}")
    @MethodSource("badCommands")
    void aBadCommandIsAnsweredWithTheUsageOnlyToTheCallerAndNothingIsEnqueued(String text, String start)
            throws Exception {
        long before = ossi.length(StreamKind.command(OssiApp.NAME));

        HttpResponse<String> response = ossi.slash(ALICE, text, "unused");

        assertEquals(200, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("ephemeral", body.path("response_type").asText());
        String answer = body.path("text").asText();
        assertTrue(answer.startsWith(start), answer);
        assertTrue(answer.contains("• `/ossi report YYYY-MM`: Posts the month's spreadsheet"), answer);
        assertTrue(answer.contains("• `/ossi new [description]`"), answer);
        assertEquals(before, ossi.length(StreamKind.command(OssiApp.NAME)));
    }

    @Test
    void goodCommandsAreEnqueuedForTheConsumer() {
        long before = ossi.length(StreamKind.command(OssiApp.NAME));

        for (String text : List.of("new", "new Fixed a bug", "list", "list 2026-10", "report 2026-10")) {
            HttpResponse<String> response = ossi.slash(ALICE, text, "unused");
            assertEquals(200, response.statusCode());
            assertEquals("", response.body(), text);
        }

        assertEquals(before + 5, ossi.length(StreamKind.command(OssiApp.NAME)));
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
