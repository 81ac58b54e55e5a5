package dev.gopherbot.apps.gopherbot;

import dev.gopherbot.app.registry.Registration;
import dev.gopherbot.app.registry.Registry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The README's table of what the bot does (trigger → what the bot does), rendered from the registry. Rows come in a
 * fixed order of kinds (commands, prefixes, responses, reactions, matchers, joins), each kind sorted by its trigger,
 * so the same registry always renders the same text.
 */
final class BehavioursTable {
    static final String START = "<!-- behaviours:start -->";
    static final String END = "<!-- behaviours:end -->";

    private BehavioursTable() {
    }

    private record Row(String trigger, String does) {
    }

    static String render(Registry registry) {
        List<Row> rows = new ArrayList<>();
        add(rows, registry.commands(), Registration.CommandReg::name,
                c -> code(c.name()) + (c.aliases().isEmpty() ? "" : " (also " + codes(c.aliases()) + ")"));
        add(rows, registry.prefixes(), Registration.PrefixReg::usage, p -> code(p.usage())
                + (p.anyMessage() ? " (any message)" : ""));
        add(rows, registry.responses(), r -> r.triggers().getFirst(), r -> "any message with " + codes(r.triggers()));
        add(rows, registry.reactions(), r -> r.triggers().getFirst(), r -> "any message with " + codes(r.triggers()));
        add(rows, registry.matchers(), Registration.MatcherReg::name, m -> "any message (" + m.name() + ")");
        add(rows, registry.teamJoins(), Registration.TeamJoinReg::name, t -> "someone joins the workspace");
        add(rows, registry.channelJoins(), Registration.ChannelJoinReg::name, j -> j.channels().all()
                ? "someone joins a channel" : "someone joins " + String.join(", ", j.channels().ids().stream()
                .sorted().toList()));
        StringBuilder out = new StringBuilder();
        out.append("Commands and prefixes answer in a DM with the bot or when it is mentioned (`@gopherbot tour`); ")
                .append("prefixes marked \"any message\" also answer a message that starts with them, mention or not ")
                .append("(`xkcd:927` in a channel or thread); \"any message with\" matches the words anywhere, ignoring ")
                .append("case.\n\n");
        out.append("| trigger | what the bot does |\n|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(cell(row.trigger())).append(" | ").append(cell(row.does())).append(" |\n");
        }
        return out.toString();
    }

    /** Replaces what is between the markers in {@code readme} with {@code table}. */
    static String replaceIn(String readme, String table) {
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException("README.md has no " + START + " … " + END + " section");
        }
        return readme.substring(0, start + START.length()) + "\n" + table + readme.substring(end);
    }

    private static <R extends Registration> void add(List<Row> rows, List<R> regs, Function<R, String> key,
                                                     Function<R, String> trigger) {
        regs.stream()
                .sorted(Comparator.comparing((R r) -> key.apply(r).toLowerCase(Locale.ROOT))
                        .thenComparing(Registration::handlerName))
                .forEach(r -> rows.add(new Row(trigger.apply(r), r.description())));
    }

    private static String codes(List<String> items) {
        return String.join(", ", items.stream().map(BehavioursTable::code).toList());
    }

    /** {@code `text`}, with a longer fence when the text itself has backticks. */
    private static String code(String text) {
        return text.contains("`") ? "`` " + text + " ``" : "`" + text + "`";
    }

    /** A table cell: one line, its pipes escaped. */
    private static String cell(String text) {
        return text.strip().replaceAll("\\s*\\n\\s*", " ").replace("|", "\\|");
    }
}
