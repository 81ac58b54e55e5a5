package dev.gopherbot.dist.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The repository as the architecture rules see it: which modules are platform and which are apps, and what their
 * main sources say. Rules are plain functions over it, so a test can run them on a made-up tree and watch them fail.
 */
record SourceTree(Path root) {
    /** The modules apps run on; none of them may know an app. */
    static final List<String> PLATFORM = List.of("common", "database", "app-api", "gateway", "consumer", "bgtasks",
            "testkit", "simulator");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?(dev\\.gopherbot\\.[\\w.]+?)\\.[A-Z]");
    /** The project is called gopherbot too: its own name in packages and key prefixes is not a mention of the app. */
    private static final String PROJECT = "gopherbot";

    /** The apps: every folder under {@code apps/} with a pom. */
    List<String> apps() {
        try (Stream<Path> dirs = Files.list(root.resolve("apps"))) {
            return dirs.filter(d -> Files.exists(d.resolve("pom.xml"))).map(d -> d.getFileName().toString())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "file:line: text" for every line of a platform module that names an app, its package or its artifact. */
    List<String> platformMentionsOfApps() {
        List<String> hits = new ArrayList<>();
        List<Pattern> mentions = new ArrayList<>();
        // an app's package, or its artifact in a pom (app-api is the platform's own)
        mentions.add(Pattern.compile("dev\\.gopherbot\\.apps\\b|<artifactId>app-(?!api<)"));
        for (String app : apps()) {
            if (!app.equals(PROJECT)) {
                // a word of its own, also in a setting's name (OSSI_CHANNEL)
                mentions.add(Pattern.compile("(?i)(?<![a-z0-9])" + Pattern.quote(app) + "(?![a-z0-9])"));
            }
        }
        for (String module : PLATFORM) {
            List<Path> files = new ArrayList<>(files(root.resolve(module).resolve("src/main")));
            files.add(root.resolve(module).resolve("pom.xml"));
            for (Path file : files) {
                List<String> lines = lines(file);
                for (int i = 0; i < lines.size(); i++) {
                    for (Pattern p : mentions) {
                        if (p.matcher(lines.get(i)).find()) {
                            hits.add(root.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                            break;
                        }
                    }
                }
            }
        }
        return hits;
    }

    /** Each package of the module's main sources and the project packages it imports. */
    Map<String, Set<String>> packageImports(String module) {
        Map<String, Set<String>> graph = new LinkedHashMap<>();
        for (Path file : files(root.resolve(module).resolve("src/main/java"))) {
            String text = String.join("\n", lines(file));
            Matcher pkg = PACKAGE.matcher(text);
            if (!pkg.find()) {
                continue;
            }
            Set<String> imports = graph.computeIfAbsent(pkg.group(1), p -> new TreeSet<>());
            Matcher imp = IMPORT.matcher(text);
            while (imp.find()) {
                if (!imp.group(1).equals(pkg.group(1))) {
                    imports.add(imp.group(1));
                }
            }
        }
        return graph;
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of(); // a binary resource (an image) names nothing
        }
    }
}
