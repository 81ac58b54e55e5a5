package dev.gopherbot.apps.gopherbot.content;

import dev.gopherbot.app.App;
import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.host.ProcessServices;
import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.glossary.Glossary;
import dev.gopherbot.glossary.GlossaryException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every data file a contributor edits (glossary, reactions, responses, community, xkcd) with the same readers
 * the bot boots with, and places each problem on the line of the file it is about, for CI to show it on that line
 * of the pull request ({@link Located#annotation()}).
 */
public final class DataFilesCheck {
    /** Where each file lives in the repository, for annotations. */
    static final Map<String, String> PATHS = Map.of(
            Glossary.DEFAULT_RESOURCE, "glossary/src/main/resources/" + Glossary.DEFAULT_RESOURCE,
            Content.REACTIONS, "apps/gopherbot/src/main/resources/" + Content.REACTIONS,
            Content.RESPONSES, "apps/gopherbot/src/main/resources/" + Content.RESPONSES,
            Content.COMMUNITY, "apps/gopherbot/src/main/resources/" + Content.COMMUNITY,
            Content.XKCD, "apps/gopherbot/src/main/resources/" + Content.XKCD);
    /** {@code glossary.yaml:12: "tdd": …}: the glossary's reader already gives lines. */
    private static final Pattern WITH_LINE = Pattern.compile("^(\\S+\\.yaml):(\\d+): (.*)$", Pattern.DOTALL);
    /** {@code … (reactions.yaml entry 2)}: a registration, named by where it came from. */
    private static final Pattern ORIGIN = Pattern.compile("\\((\\S+\\.yaml) entry (\\d+)\\)");
    private static final Pattern IN_FILE = Pattern.compile("^(\\S+\\.yaml): (.*)$", Pattern.DOTALL);
    private static final Pattern SYNTAX_LINE = Pattern.compile("\\(line (\\d+)\\)\\s*$");
    /** {@code entry 3 ("beer me")} or {@code welcome.channels entry 1 ("newbies")}. */
    private static final Pattern ENTRY = Pattern.compile("^(?:(\\S+) )?entry (\\d+)\\b.*");

    private DataFilesCheck() {
    }

    /** A problem placed in its file; {@code line} 1 when it belongs to the whole file. */
    public record Located(String file, int line, String message) {
        /** GitHub's workflow command that shows {@code message} on that line of the pull request. */
        public String annotation() {
            return "::error file=" + property(file) + ",line=" + line + "::" + data(message);
        }

        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }

        private static String data(String s) {
            return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
        }

        private static String property(String s) {
            return data(s).replace(":", "%3A").replace(",", "%2C");
        }
    }

    /** Every problem in the shipped data files, in file order. */
    public static List<Located> shipped() {
        List<String> problems = new ArrayList<>();
        try {
            Glossary.loadDefault();
        } catch (GlossaryException e) {
            problems.addAll(e.problems());
        }
        try {
            AppDefinition.define(App.of("datacheck", Content::register),
                    ProcessServices.offline(new Env(Map.of()), new Keys("datacheck:")));
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        }
        try {
            Content.community();
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        }
        try {
            Content.xkcd();
        } catch (ConfigException e) {
            problems.addAll(e.problems());
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String file : List.of(Content.REACTIONS, Content.RESPONSES, Content.COMMUNITY, Content.XKCD)) {
            texts.put(file, Content.resource(file));
        }
        return locate(problems, texts);
    }

    /** Places each problem message in the file it names, using the texts of those files. */
    static List<Located> locate(List<String> problems, Map<String, String> texts) {
        Map<String, YamlLines> lines = new HashMap<>();
        List<Located> out = new ArrayList<>();
        for (String problem : problems) {
            out.add(locate(problem, name -> lines.computeIfAbsent(name, n -> YamlLines.of(texts.getOrDefault(n,
                    "")))));
        }
        return out;
    }

    private static Located locate(String problem, java.util.function.Function<String, YamlLines> lines) {
        Matcher m = WITH_LINE.matcher(problem);
        if (m.matches()) {
            return new Located(path(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
        }
        Matcher origin = ORIGIN.matcher(problem);
        String file = null;
        int entry = 0;
        while (origin.find()) { // the last origin named is the registration that came second: the one to fix
            file = origin.group(1);
            entry = Integer.parseInt(origin.group(2));
        }
        if (file != null) {
            return new Located(path(file), lines.apply(file).line("[" + (entry - 1) + "]").orElse(1), problem);
        }
        Matcher inFile = IN_FILE.matcher(problem);
        if (!inFile.matches()) {
            return new Located("", 1, problem);
        }
        file = inFile.group(1);
        String rest = inFile.group(2);
        Matcher syntax = SYNTAX_LINE.matcher(rest);
        if (rest.startsWith("not valid YAML") && syntax.find()) {
            return new Located(path(file), Integer.parseInt(syntax.group(1)), rest);
        }
        int colon = rest.indexOf(": ");
        int line = colon < 0 ? 1 : lineOf(lines.apply(file), rest.substring(0, colon)).orElse(1);
        return new Located(path(file), line, rest);
    }

    /** The line of an entry as the readers name it: {@code entry 3 (…)}, {@code welcome.channels entry 1}, {@code welcome}. */
    private static Optional<Integer> lineOf(YamlLines lines, String label) {
        Matcher entry = ENTRY.matcher(label);
        if (entry.matches()) {
            String index = "[" + (Integer.parseInt(entry.group(2)) - 1) + "]";
            return lines.line(entry.group(1) == null ? index : entry.group(1) + index);
        }
        return lines.line(label);
    }

    private static String path(String file) {
        return PATHS.getOrDefault(file, file);
    }
}
