package dev.gopherbot.apps.ossi;

import static dev.gopherbot.apps.ossi.OssiStack.ALICE;
import static dev.gopherbot.apps.ossi.OssiStack.BOB;
import static dev.gopherbot.apps.ossi.OssiStack.CAROL;
import static dev.gopherbot.apps.ossi.OssiStack.MANAGEMENT;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.ossi.report.ReportWorkbook;
import dev.gopherbot.apps.ossi.review.ReviewViews;
import dev.gopherbot.testkit.slack.ResponseUrls;
import dev.gopherbot.testkit.slack.UploadedFiles;
import dev.gopherbot.testkit.slack.Workspace;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /ossi report} and {@code /ossi list} on real data, through the gateway. */
class ReportAndListIT {
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private OssiStack ossi;

    @BeforeEach
    void start() {
        ossi = new OssiStack().withConsumer();
    }

    @AfterEach
    void stop() {
        ossi.close();
    }

    @Test
    void aMonthsReportIsASpreadsheetOfItsAcceptedContributionsWithASummaryPerPerson() throws Exception {
        decide(ossi.submitted(BOB, "Maintained a CLI library", "L", "2026-01"), ReviewViews.ACCEPT);
        decide(ossi.submitted(ALICE, "Fixed a typo in the docs", "S", "2026-01"), ReviewViews.ACCEPT);
        decide(ossi.submitted(ALICE, "Added generics support", "M", "2026-01"), ReviewViews.ACCEPT);
        decide(ossi.submitted(ALICE, "Starred a repository", "S", "2026-01"), ReviewViews.DECLINE);
        ossi.submitted(ALICE, "Still waiting", "S", "2026-01");
        decide(ossi.submitted(ALICE, "Another month", "S", "2025-12"), ReviewViews.ACCEPT);

        ossi.slash(CAROL, "report 2026-01", "carol");
        await().atMost(PATIENCE).until(() -> !ossi.answers("carol").isEmpty());
        ossi.awaitSettled();

        assertEquals("The report for 2026-01 is in <#C0OSSIMGMT>.", ossi.answers("carol").getFirst().text());
        assertEquals(1, ossi.slack.sharedFiles().size());
        UploadedFiles.Upload file = ossi.slack.sharedFiles().getFirst();
        assertEquals("ossi-contributions-2026-01.xlsx", file.filename());
        assertEquals(MANAGEMENT, file.channel());
        assertEquals("Open-source contributions in 2026-01: 3 accepted, from 2 people.", file.comment());
        Workspace.Message shared = ossi.slack.workspace().messages(MANAGEMENT).getLast();
        assertTrue(shared.files.contains(file.id()));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            assertEquals(List.of(
                    ReportWorkbook.CONTRIBUTION_COLUMNS.subList(0, 7),
                    List.of("2026-01", "Alice Liddell", ALICE, "S", "Fixed a typo in the docs",
                            "https://github.com/golang/go/pull/70001", BOB),
                    List.of("2026-01", "Alice Liddell", ALICE, "M", "Added generics support",
                            "https://github.com/golang/go/pull/70002", BOB),
                    List.of("2026-01", "Bob Pike-ish", BOB, "L", "Maintained a CLI library",
                            "https://github.com/golang/go/pull/70000", BOB)),
                    cells(book.getSheet(ReportWorkbook.CONTRIBUTIONS), 7));
            assertEquals("https://github.com/golang/go/pull/70001", book.getSheet(ReportWorkbook.CONTRIBUTIONS)
                    .getRow(1).getCell(5).getHyperlink().getAddress());
            assertTrue(book.getSheet(ReportWorkbook.CONTRIBUTIONS).getRow(1).getCell(7).getLocalDateTimeCellValue()
                    .getYear() >= 2026, "accepted at is a date cell");
            assertEquals(List.of(
                    ReportWorkbook.SUMMARY_COLUMNS,
                    List.of("Alice Liddell", ALICE, "2", "1", "1", "0"),
                    List.of("Bob Pike-ish", BOB, "1", "0", "0", "1"),
                    List.of("Total", "", "3", "1", "1", "1")),
                    cells(book.getSheet(ReportWorkbook.SUMMARY), 6));
        }
    }

    @Test
    void aMonthWithoutAcceptedContributionsIsReportedInOneLine() throws Exception {
        ossi.slash(BOB, "report 2026-10", "bob");
        await().atMost(PATIENCE).until(() -> !ossi.answers("bob").isEmpty());
        ossi.awaitSettled();

        assertEquals(List.of("No contributions in 2026-10."), ossi.posts(MANAGEMENT).stream()
                .map(c -> c.param("text")).toList());
        assertEquals(List.of(), ossi.slack.sharedFiles());
        assertEquals(List.of(), ossi.slack.calls("files.getUploadURLExternal"));
        assertTrue(ossi.answers("bob").getFirst().text().startsWith("No contributions in 2026-10"));
    }

    @Test
    void onlyManagersGetReports() {
        ossi.slash(ALICE, "report 2026-01", "alice");
        await().atMost(PATIENCE).until(() -> !ossi.answers("alice").isEmpty());
        ossi.awaitSettled();

        ResponseUrls.Response answer = ossi.answers("alice").getFirst();
        assertEquals("ephemeral", answer.responseType());
        assertTrue(answer.text().startsWith("Reports are for the members of <#C0OSSIMGMT>"), answer.text());
        assertEquals(List.of(), ossi.posts(MANAGEMENT));
        assertEquals(List.of(), ossi.slack.calls("files.getUploadURLExternal"));
    }

    @Test
    void listShowsYourOwnContributionsAndManagersEveryonesOfTheMonth() throws Exception {
        ossi.submitted(ALICE, "Alice in January", "S", "2026-01");
        ossi.submitted(ALICE, "Alice in February", "M", "2026-02");
        decide(ossi.submitted(BOB, "Bob in January", "L", "2026-01"), ReviewViews.ACCEPT);

        String mine = list(ALICE, "");
        assertTrue(mine.startsWith("*Your contributions*"), mine);
        assertTrue(mine.contains("2026-02 · *pending* · M · Alice in February"), mine);
        assertTrue(mine.contains("2026-01 · *pending* · S · Alice in January"), mine);
        assertFalse(mine.contains("Bob"), mine);
        String mineInFebruary = list(ALICE, "2026-02");
        assertTrue(mineInFebruary.contains("Alice in February") && !mineInFebruary.contains("Alice in January"));

        String everyone = list(CAROL, "2026-01");
        assertTrue(everyone.startsWith("*Contributions in 2026-01*: 1 pending, 1 accepted"), everyone);
        assertTrue(everyone.contains("*accepted* · L · Bob Pike-ish: Bob in January"), everyone);
        assertTrue(everyone.contains("*pending* · S · Alice Liddell: Alice in January"), everyone);
        assertFalse(everyone.contains("February"), everyone);
    }

    private String list(String user, String month) {
        String id = "list-" + user + "-" + month;
        ossi.slash(user, ("list " + month).strip(), id);
        await().atMost(PATIENCE).until(() -> !ossi.answers(id).isEmpty());
        assertEquals("ephemeral", ossi.answers(id).getFirst().responseType());
        return ossi.answers(id).getFirst().text();
    }

    private void decide(long id, String action) throws Exception {
        ossi.click(BOB, action, id, "decide-" + id);
        await().atMost(PATIENCE).until(() -> !ossi.contribution(id).get("status").equals("PENDING"));
    }

    /** The sheet's text, row by row, its first {@code columns} cells. */
    private static List<List<String>> cells(Sheet sheet, int columns) {
        DataFormatter text = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < columns; i++) {
                cells.add(row.getCell(i) == null ? "" : text.formatCellValue(row.getCell(i)));
            }
            rows.add(cells);
        }
        return rows;
    }
}
