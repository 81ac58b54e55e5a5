package dev.gopherbot.glossary;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the YAML text into entries that remember their line, reporting every problem of shape (unknown keys, wrong
 * types, layout, syntax) instead of stopping at the first.
 *
 * <p>It walks Jackson's token stream rather than binding to {@link Term}: binding would stop at the first unknown
 * key and forget line numbers, and both are what a first-time contributor needs to see.
 */
final class GlossaryReader {

    static final List<String> KEYS = List.of("term", "aliases", "definition", "links");

    private static final String EXPECTED_LIST = "expected a list of entries, each starting with \"- term:\"";

    private static final YAMLFactory YAML = YAMLFactory.builder().build();

    /** How SnakeYAML points at a place in its messages: {@code  in 'reader', line 3, column 9:}. */
    private static final Pattern YAML_MARK = Pattern.compile("\\s*in '[^']*', line (\\d+), column \\d+:?");

    record Result(List<SourceEntry> entries, List<Problem> problems) {
    }

    private final List<SourceEntry> entries = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private GlossaryReader() {
    }

    static Result read(String text) {
        GlossaryReader reader = new GlossaryReader();
        reader.problems.addAll(layoutProblems(text));
        try (JsonParser parser = YAML.createParser(text)) {
            reader.readList(parser);
        } catch (StreamReadException e) {
            reader.problems.add(syntaxError(e));
        } catch (IOException e) {
            // reading from a String: no real I/O can fail here
            throw new UncheckedIOException(e);
        }
        return new Result(List.copyOf(reader.entries), List.copyOf(reader.problems));
    }

    /** Tabs and trailing whitespace on the raw lines: invisible in review, so only a check catches them. */
    private static List<Problem> layoutProblems(String text) {
        List<Problem> found = new ArrayList<>();
        // lines() also splits on \r\n, so a file checked out with Windows line endings is not flagged everywhere
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('\t') >= 0) {
                found.add(Problem.atLine(i + 1, "tab character; indent with spaces"));
            }
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1))) {
                found.add(Problem.atLine(i + 1, "trailing whitespace"));
            }
        }
        return found;
    }

    private void readList(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            problems.add(Problem.ofFile("the file has no entries; " + EXPECTED_LIST));
            return;
        }
        if (first != JsonToken.START_ARRAY) {
            problems.add(Problem.atLine(line(parser), EXPECTED_LIST));
            return;
        }
        int position = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            position++;
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                readEntry(parser, position);
            } else {
                problems.add(new Problem(line(parser), "entry " + position,
                        "expected keys term, aliases, definition and links (did you forget \"term:\"?)"));
                parser.skipChildren();
            }
        }
    }

    private void readEntry(JsonParser parser, int position) throws IOException {
        int entryLine = line(parser);
        // the entry's name is known only once its term is read, so its problems wait until the end of the entry
        List<Problem> pending = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String term = null;
        String definition = null;
        List<String> aliases = List.of();
        List<String> links = List.of();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = line(parser);
            parser.nextToken();
            if (!seen.add(key)) {
                pending.add(Problem.atLine(keyLine, "key \"" + key + "\" appears twice"));
                parser.skipChildren();
                continue;
            }
            switch (key) {
                case "term" -> term = text(parser, key, keyLine, pending);
                case "definition" -> definition = withoutFinalLineBreaks(text(parser, key, keyLine, pending));
                case "aliases" -> aliases = textList(parser, key, keyLine, pending);
                case "links" -> links = textList(parser, key, keyLine, pending);
                default -> {
                    pending.add(Problem.atLine(keyLine, unknownKey(key)));
                    parser.skipChildren();
                }
            }
        }
        Term entry = new Term(term, aliases, definition, links);
        entries.add(new SourceEntry(position, entryLine, entry));
        String name = Names.ofEntry(entry, position);
        for (Problem p : pending) {
            problems.add(new Problem(p.line(), name, p.rule()));
        }
    }

    private static String text(JsonParser parser, String key, int keyLine, List<Problem> pending) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return "";
        }
        if (token.isScalarValue()) {
            return parser.getText();
        }
        pending.add(Problem.atLine(keyLine, key + " must be text, not a " + shape(token)));
        parser.skipChildren();
        return "";
    }

    private static List<String> textList(JsonParser parser, String key, int keyLine, List<Problem> pending)
            throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (token != JsonToken.START_ARRAY) {
            pending.add(Problem.atLine(keyLine, key + " must be a list, e.g. " + key + ": [\"…\"]"));
            parser.skipChildren();
            return List.of();
        }
        List<String> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonToken item = parser.currentToken();
            if (item.isScalarValue()) {
                // an empty item becomes "" so the rules name it ("alias is empty") like any other bad value
                items.add(item == JsonToken.VALUE_NULL ? "" : parser.getText());
            } else {
                pending.add(Problem.atLine(line(parser), key + " must hold text items, not a " + shape(item)));
                parser.skipChildren();
            }
        }
        return items;
    }

    private static String unknownKey(String key) {
        String typed = key.toLowerCase(Locale.ROOT);
        String closest = KEYS.stream()
                .min(Comparator.comparingInt(known -> EditDistance.between(typed, known)))
                .orElseThrow();
        String hint = EditDistance.between(typed, closest) <= 2
                ? "did you mean \"" + closest + "\"?"
                : "known keys: " + String.join(", ", KEYS);
        return "unknown key \"" + key + "\" (" + hint + ")";
    }

    /** A {@code |} block keeps its last line break; it is YAML's artefact, not part of the definition. */
    private static String withoutFinalLineBreaks(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(0, end);
    }

    private static String shape(JsonToken token) {
        return token == JsonToken.START_ARRAY ? "list" : "mapping";
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /**
     * SnakeYAML's message is several lines: what it was doing and where that started, then the actual problem and
     * where it is, each place followed by a copy of the line and a caret. One line per problem is what we promise, so
     * keep the problem, its line, and the context as a hint.
     */
    private static Problem syntaxError(StreamReadException e) {
        String context = null;
        int contextLine = 0;
        String problem = null;
        int problemLine = 0;
        String[] lines = e.getOriginalMessage().split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher mark = YAML_MARK.matcher(lines[i]);
            if (mark.matches()) {
                problemLine = Integer.parseInt(mark.group(1));
                i += 2; // the copy of the line and the caret under it
            } else if (!lines[i].isBlank()) {
                if (problem != null) {
                    context = problem;
                    contextLine = problemLine;
                }
                problem = lines[i].strip();
                problemLine = 0;
            }
        }
        if (problem == null || problemLine == 0) {
            // not the layout we know: fall back to Jackson's location and the first line of the message
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
            return Problem.atLine(line, "YAML syntax error: " + lines[0].strip());
        }
        String hint = context != null && contextLine > 0
                ? " (" + context + " started on line " + contextLine + ")"
                : "";
        return Problem.atLine(problemLine, "YAML syntax error: " + problem + hint);
    }
}
