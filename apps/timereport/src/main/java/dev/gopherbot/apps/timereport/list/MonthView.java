package dev.gopherbot.apps.timereport.list;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.app.message.Markup;
import dev.gopherbot.app.slack.Response;
import dev.gopherbot.apps.timereport.api.MonthReport;
import dev.gopherbot.apps.timereport.api.ReportedEntry;
import dev.gopherbot.apps.timereport.command.Dates;
import dev.gopherbot.apps.timereport.command.Usage;
import dev.gopherbot.apps.timereport.types.ReportTypes;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A month as Block Kit: a header, one line per entry ({@code Tue 24  :palm_tree: vacation  8 h}) in sections of at
 * most {@link #LINES_PER_SECTION} lines (a section holds 3,000 characters), the total with the hours per type, and
 * whether the month is locked.
 */
final class MonthView {
    static final int LINES_PER_SECTION = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReportTypes types;

    MonthView(ReportTypes types) {
        this.types = types;
    }

    Response render(MonthReport report) {
        String month = Dates.monthName(report.month());
        List<ReportedEntry> entries = report.entries().stream()
                .sorted(Comparator.comparing(ReportedEntry::date).thenComparing(ReportedEntry::type)).toList();
        int total = entries.stream().mapToInt(ReportedEntry::hours).sum();
        ArrayNode blocks = JSON.createArrayNode();
        ObjectNode header = blocks.addObject().put("type", "header");
        header.putObject("text").put("type", "plain_text")
                .put("text", "Time report, " + month + (report.locked() ? " 🔒" : ""));
        if (entries.isEmpty()) {
            section(blocks, "Nothing reported for " + month + ".");
        } else {
            List<String> lines = new ArrayList<>();
            for (ReportedEntry e : entries) {
                lines.add("`" + day(e) + "`  " + type(e.type()) + "  " + e.hours() + " h");
            }
            for (int i = 0; i < lines.size(); i += LINES_PER_SECTION) {
                section(blocks, String.join("\n", lines.subList(i, Math.min(lines.size(), i + LINES_PER_SECTION))));
            }
            blocks.addObject().put("type", "divider");
            section(blocks, "*Total: " + total + " h*  (" + perType(entries) + ")");
        }
        ObjectNode context = blocks.addObject().put("type", "context");
        context.putArray("elements").addObject().put("type", "mrkdwn").put("text", report.locked()
                ? ":lock: Locked: no more changes to " + month + "."
                : "Add with `" + Usage.ADD_USAGE + "`; when the month is complete, `" + Usage.COMMAND + " lock "
                + report.month() + "`.");
        String text = "Time report, " + month + ": " + (entries.isEmpty() ? "nothing reported"
                : total + " h (" + perType(entries) + ")") + (report.locked() ? ", locked" : "") + ".";
        return Response.ephemeral(text).withBlocks(blocks);
    }

    private String type(String name) {
        // a type the API knows and the data file no longer does is still shown, as the API has it
        return types.find(name).map(t -> t.emoji().map(e -> e + " ").orElse("") + t.name())
                .orElseGet(() -> Markup.escape(name));
    }

    private static String day(ReportedEntry e) {
        String dow = e.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return dow + " " + (e.date().getDayOfMonth() < 10 ? " " : "") + e.date().getDayOfMonth();
    }

    private static String perType(List<ReportedEntry> entries) {
        Map<String, Integer> hours = new LinkedHashMap<>();
        entries.forEach(e -> hours.merge(e.type(), e.hours(), Integer::sum));
        List<String> parts = new ArrayList<>();
        hours.forEach((type, h) -> parts.add(Markup.escape(type) + " " + h + " h"));
        return String.join(", ", parts);
    }

    private static void section(ArrayNode blocks, String mrkdwn) {
        blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn").put("text", mrkdwn);
    }
}
