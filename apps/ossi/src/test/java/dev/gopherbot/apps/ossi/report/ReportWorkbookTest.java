package dev.gopherbot.apps.ossi.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gopherbot.apps.ossi.contribution.Contribution;
import dev.gopherbot.apps.ossi.contribution.Size;
import dev.gopherbot.apps.ossi.contribution.Status;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportWorkbookTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Test
    void aPersonRenamedDuringTheMonthIsOnePersonInTheSummaryKeyedBySlackId() throws Exception {
        List<Contribution> accepted = List.of(accepted(1, "U1", "Ann", Size.S), accepted(2, "U2", "Bea", Size.L),
                accepted(3, "U1", "Ann B.", Size.S));

        try (XSSFWorkbook book = read(ReportWorkbook.build(OCTOBER, accepted, HELSINKI))) {
            Sheet summary = book.getSheet(ReportWorkbook.SUMMARY);
            assertEquals("Ann", summary.getRow(1).getCell(0).getStringCellValue());
            assertEquals(2, summary.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(2, summary.getRow(1).getCell(3).getNumericCellValue(), "two of size S");
            assertEquals("Bea", summary.getRow(2).getCell(0).getStringCellValue());
            assertEquals("Total", summary.getRow(3).getCell(0).getStringCellValue());
            assertEquals(3, summary.getRow(3).getCell(2).getNumericCellValue());
            assertEquals(3, summary.getLastRowNum());
        }
    }

    @Test
    void acceptedAtIsADateInTheContributorsZone() throws Exception {
        try (XSSFWorkbook book = read(ReportWorkbook.build(OCTOBER, List.of(accepted(1, "U1", "Ann", Size.M)),
                HELSINKI))) {
            // 2026-11-01T08:30Z is 10:30 in Helsinki (EET)
            assertEquals(LocalDateTime.of(2026, 11, 1, 10, 30), book.getSheet(ReportWorkbook.CONTRIBUTIONS).getRow(1)
                    .getCell(7).getLocalDateTimeCellValue());
        }
    }

    @Test
    void anEmptyMonthStillHasBothSheetsWithTheirHeadersAndAZeroTotal() throws Exception {
        try (XSSFWorkbook book = read(ReportWorkbook.build(OCTOBER, List.of(), HELSINKI))) {
            assertEquals(0, book.getSheet(ReportWorkbook.CONTRIBUTIONS).getLastRowNum());
            assertEquals(0, book.getSheet(ReportWorkbook.SUMMARY).getRow(1).getCell(2).getNumericCellValue());
        }
    }

    private static Contribution accepted(long id, String user, String name, Size size) {
        return new Contribution(id, user, name, "work " + id, "https://example.com/" + id, size, OCTOBER,
                Status.ACCEPTED, Instant.parse("2026-10-20T10:00:00Z"), Optional.of("UMANAGER"),
                Optional.of(Instant.parse("2026-11-01T08:30:00Z")), Optional.empty());
    }

    private static XSSFWorkbook read(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
