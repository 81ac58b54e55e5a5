package dev.gopherbot.apps.timereport.list;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gopherbot.app.slack.Response;
import dev.gopherbot.apps.timereport.api.MonthReport;
import dev.gopherbot.apps.timereport.api.ReportedEntry;
import dev.gopherbot.apps.timereport.types.TypesFile;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthViewTest {
    private final MonthView view = new MonthView(TypesFile.loadDefault());

    @Test
    void aMonthShowsEachDayItsTypeAndHoursThenTheTotal() {
        Response r = view.render(new MonthReport(YearMonth.of(2026, 12), false, List.of(
                new ReportedEntry(LocalDate.of(2026, 12, 22), "vacation", 8),
                new ReportedEntry(LocalDate.of(2026, 12, 7), "sick", 4),
                new ReportedEntry(LocalDate.of(2026, 12, 21), "vacation", 8))));

        JsonNode blocks = r.blocks();
        assertEquals("Time report, December 2026", blocks.get(0).path("text").path("text").asText());
        assertEquals("""
                `Mon  7`  :face_with_thermometer: sick  4 h
                `Mon 21`  :palm_tree: vacation  8 h
                `Tue 22`  :palm_tree: vacation  8 h""", blocks.get(1).path("text").path("text").asText());
        assertEquals("*Total: 20 h*  (sick 4 h, vacation 16 h)", blocks.get(3).path("text").path("text").asText());
        assertEquals("Time report, December 2026: 20 h (sick 4 h, vacation 16 h).", r.text());
    }

    @Test
    void aLockedEmptyMonthSaysSo() {
        Response r = view.render(new MonthReport(YearMonth.of(2026, 11), true, List.of()));

        assertEquals("Time report, November 2026 🔒", r.blocks().get(0).path("text").path("text").asText());
        assertEquals("Nothing reported for November 2026.", r.blocks().get(1).path("text").path("text").asText());
        assertEquals(":lock: Locked: no more changes to November 2026.",
                r.blocks().get(2).path("elements").get(0).path("text").asText());
    }

    @Test
    void aTypeTheApiKnowsAndTheFileDoesNotIsShownEscaped() {
        Response r = view.render(new MonthReport(YearMonth.of(2026, 11), false, List.of(
                new ReportedEntry(LocalDate.of(2026, 11, 2), "<comp>", 2))));

        assertEquals("`Mon  2`  &lt;comp&gt;  2 h", r.blocks().get(1).path("text").path("text").asText());
    }

    @Test
    void aFullMonthIsSplitIntoSectionsSlackAccepts() {
        List<ReportedEntry> entries = new ArrayList<>();
        for (int day = 1; day <= 31; day++) {
            entries.add(new ReportedEntry(LocalDate.of(2026, 12, day), "overtime", 1));
            entries.add(new ReportedEntry(LocalDate.of(2026, 12, day), "vab", 2));
        }
        JsonNode blocks = view.render(new MonthReport(YearMonth.of(2026, 12), false, entries)).blocks();

        int lines = 0;
        for (JsonNode block : blocks) {
            String text = block.path("text").path("text").asText();
            if (block.path("type").asText().equals("section") && text.startsWith("`")) {
                lines += text.split("\n").length;
                assertEquals(true, text.length() < 3000);
            }
        }
        assertEquals(62, lines);
        assertEquals(true, blocks.size() <= 50);
    }
}
