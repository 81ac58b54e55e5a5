package dev.gopherbot.apps.ossi.report;

import dev.gopherbot.apps.ossi.contribution.Contribution;
import dev.gopherbot.apps.ossi.contribution.Size;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The monthly spreadsheet: sheet {@value #CONTRIBUTIONS} has one row per accepted contribution, sheet
 * {@value #SUMMARY} one row per person (their count, by size) and a total.
 */
public final class ReportWorkbook {
    public static final String CONTRIBUTIONS = "Contributions";
    public static final String SUMMARY = "Summary";
    public static final List<String> CONTRIBUTION_COLUMNS = List.of("Month", "Name", "Slack user", "Size",
            "Description", "Link", "Accepted by", "Accepted at");
    public static final List<String> SUMMARY_COLUMNS = List.of("Name", "Slack user", "Contributions", "S", "M", "L");
    private static final int[] CONTRIBUTION_WIDTHS = {10, 24, 14, 6, 60, 50, 14, 18};
    private static final int[] SUMMARY_WIDTHS = {24, 14, 14, 6, 6, 6};

    private ReportWorkbook() {
    }

    /** @param zone the zone "Accepted at" is shown in (the contributors') */
    public static byte[] build(YearMonth month, List<Contribution> accepted, ZoneId zone) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle dateTime = book.createCellStyle();
            dateTime.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));

            Sheet rows = sheet(book, CONTRIBUTIONS, CONTRIBUTION_COLUMNS, CONTRIBUTION_WIDTHS, bold);
            int r = 1;
            for (Contribution c : accepted) {
                Row row = rows.createRow(r++);
                row.createCell(0).setCellValue(month.toString());
                row.createCell(1).setCellValue(c.submitterName());
                row.createCell(2).setCellValue(c.submitterId());
                row.createCell(3).setCellValue(c.size().name());
                row.createCell(4).setCellValue(c.description());
                row.createCell(5).setCellValue(c.url());
                Hyperlink link = book.getCreationHelper().createHyperlink(HyperlinkType.URL);
                link.setAddress(c.url());
                row.getCell(5).setHyperlink(link);
                row.createCell(6).setCellValue(c.decidedBy().orElse(""));
                if (c.decidedAt().isPresent()) {
                    row.createCell(7).setCellValue(LocalDateTime.ofInstant(c.decidedAt().get(), zone));
                    row.getCell(7).setCellStyle(dateTime);
                }
            }

            Sheet summary = sheet(book, SUMMARY, SUMMARY_COLUMNS, SUMMARY_WIDTHS, bold);
            r = 1;
            for (Person p : people(accepted).values()) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(p.name);
                row.createCell(1).setCellValue(p.id);
                counts(row, p.total, p.bySize);
            }
            Row total = summary.createRow(r);
            total.createCell(0).setCellValue("Total");
            total.getCell(0).setCellStyle(bold);
            Map<Size, Integer> all = new EnumMap<>(Size.class);
            accepted.forEach(c -> all.merge(c.size(), 1, Integer::sum));
            counts(total, accepted.size(), all);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing a workbook to memory failed", e); // no I/O happens here
        }
    }

    /** Filename of a month's report, e.g. {@code ossi-contributions-2026-10.xlsx}. */
    public static String filename(YearMonth month) {
        return "ossi-contributions-" + month + ".xlsx";
    }

    private static final class Person {
        final String id;
        final String name;
        int total;
        final Map<Size, Integer> bySize = new EnumMap<>(Size.class);

        Person(String id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    /** By Slack user id, in the order the contributions come (by name): a renamed person stays one person. */
    private static Map<String, Person> people(List<Contribution> accepted) {
        Map<String, Person> people = new LinkedHashMap<>();
        for (Contribution c : accepted) {
            Person p = people.computeIfAbsent(c.submitterId(), id -> new Person(id, c.submitterName()));
            p.total++;
            p.bySize.merge(c.size(), 1, Integer::sum);
        }
        return people;
    }

    private static void counts(Row row, int total, Map<Size, Integer> bySize) {
        row.createCell(2).setCellValue(total);
        int col = 3;
        for (Size size : Size.values()) {
            row.createCell(col++).setCellValue(bySize.getOrDefault(size, 0));
        }
    }

    private static Sheet sheet(XSSFWorkbook book, String name, List<String> columns, int[] widths, CellStyle bold) {
        Sheet sheet = book.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i));
            header.getCell(i).setCellStyle(bold);
            // fixed widths: autoSizeColumn measures text with AWT fonts, which a dyno need not have
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }
}
