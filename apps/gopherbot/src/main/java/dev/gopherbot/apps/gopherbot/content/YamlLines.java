package dev.gopherbot.apps.gopherbot.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each node of a YAML file starts, by path: {@code [3]} for the fourth entry of a list file,
 * {@code welcome.channels[0]} and {@code welcome.direct_message} in a settings file. The problems the readers report
 * name entries, not lines (a parsed tree forgets them); this puts them back on the line a contributor edits.
 */
final class YamlLines {
    private static final YAMLFactory YAML = new YAMLFactory();

    private final Map<String, Integer> lines = new HashMap<>();

    private YamlLines() {
    }

    /** The lines of {@code yaml}; as far as it could be read when it is not valid YAML. */
    static YamlLines of(String yaml) {
        YamlLines result = new YamlLines();
        Deque<Frame> frames = new ArrayDeque<>();
        try (JsonParser parser = YAML.createParser(yaml)) {
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                int line = parser.currentTokenLocation().getLineNr();
                Frame frame = frames.peek();
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    frames.pop();
                    continue;
                }
                if (t == JsonToken.FIELD_NAME) {
                    frame.field = parser.currentName();
                    result.lines.putIfAbsent(join(frame.path, frame.field), line);
                    continue;
                }
                String path = frame == null ? "" : frame.array ? frame.path + "[" + frame.index++ + "]"
                        : join(frame.path, frame.field);
                result.lines.putIfAbsent(path, line);
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    frames.push(new Frame(path, t == JsonToken.START_ARRAY));
                }
            }
        } catch (IOException e) {
            // the readers report the syntax error with its line; what was read so far still places the rest
        }
        return result;
    }

    Optional<Integer> line(String path) {
        return Optional.ofNullable(lines.get(path));
    }

    private static String join(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    private static final class Frame {
        final String path;
        final boolean array;
        int index;
        String field = "";

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }
    }
}
