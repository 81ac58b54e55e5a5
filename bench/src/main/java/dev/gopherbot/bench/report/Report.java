package dev.gopherbot.bench.report;

import java.util.ArrayList;
import java.util.List;

/** The benchmark's output: markdown, so it can be pasted into docs/performance.md as is. */
public final class Report {
    private final StringBuilder text = new StringBuilder();
    private final List<String[]> targets = new ArrayList<>();

    public Report heading(String title) {
        text.append("\n### ").append(title).append("\n\n");
        return this;
    }

    public Report paragraph(String line) {
        text.append(line).append("\n\n");
        return this;
    }

    public Table table(String... columns) {
        return new Table(columns);
    }

    /**
     * Records a figure against its target (issue 10's targets are figures to read, not tests that fail the run);
     * {@link #targets()} lists them all.
     */
    public Report target(String what, String goal, String measured, boolean met) {
        targets.add(new String[] {what, goal, measured, met ? "met" : "**missed**"});
        return this;
    }

    /** Appends the table of every recorded target. */
    public Report targets() {
        if (targets.isEmpty()) {
            return this;
        }
        Table table = heading("Targets").table("figure", "target", "measured", "");
        targets.forEach(row -> table.row((Object[]) row));
        return table.end();
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** A markdown table; {@link #end()} appends it to the report. */
    public final class Table {
        private final String[] columns;
        private final List<String[]> rows = new ArrayList<>();

        private Table(String[] columns) {
            this.columns = columns;
        }

        public Table row(Object... cells) {
            String[] row = new String[cells.length];
            for (int i = 0; i < cells.length; i++) {
                row[i] = String.valueOf(cells[i]);
            }
            rows.add(row);
            return this;
        }

        public Report end() {
            text.append("| ").append(String.join(" | ", columns)).append(" |\n|");
            text.append("---|".repeat(columns.length)).append('\n');
            for (String[] row : rows) {
                text.append("| ").append(String.join(" | ", row)).append(" |\n");
            }
            text.append('\n');
            return Report.this;
        }
    }
}
