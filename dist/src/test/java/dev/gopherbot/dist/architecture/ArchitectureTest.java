package dev.gopherbot.dist.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout's two promises, checked on every build: the platform modules know no app (apps plug in through the app
 * API and the dist module's list), and no module has a package cycle.
 */
class ArchitectureTest {
    private static final SourceTree REPO = new SourceTree(Path.of("..").toAbsolutePath().normalize());

    @Test
    void thePlatformModulesNameNoApp() {
        assertTrue(REPO.apps().contains("gopherbot"), "found the apps: " + REPO.apps());
        List<String> hits = REPO.platformMentionsOfApps();
        assertEquals(List.of(), hits, "platform files that name an app; apps plug in through the app API, "
                + "the platform knows none of them:\n" + String.join("\n", hits));
    }

    @Test
    void noModuleHasAPackageCycle() {
        List<String> modules = new ArrayList<>(SourceTree.PLATFORM);
        REPO.apps().forEach(app -> modules.add("apps/" + app));
        modules.addAll(List.of("glossary", "dist", "bench"));
        List<String> cycles = new ArrayList<>();
        for (String module : modules) {
            PackageCycles.in(REPO.packageImports(module)).forEach(c -> cycles.add(module + ": " + c));
        }
        assertEquals(List.of(), cycles, "packages that import each other:\n" + String.join("\n", cycles));
    }

    @Test
    void aPlatformFileNamingAnAppIsFound(@TempDir Path root) throws IOException {
        write(root.resolve("apps/ossi/pom.xml"), "<project/>");
        write(root.resolve("apps/gopherbot/pom.xml"), "<project/>");
        write(root.resolve("consumer/pom.xml"), "<artifactId>consumer</artifactId>");
        write(root.resolve("consumer/src/main/java/x/Ok.java"), "package dev.gopherbot.consumer; // gopherbot");
        write(root.resolve("consumer/src/main/java/x/Bad.java"), "package x;\n\nString channel = \"OSSI_CHANNEL\";");
        write(root.resolve("gateway/src/main/java/x/Import.java"), "import dev.gopherbot.apps.gopherbot.Help;");
        write(root.resolve("gateway/pom.xml"), "<artifactId>app-ossi</artifactId>");

        List<String> hits = new SourceTree(root).platformMentionsOfApps();

        assertEquals(List.of("gateway/src/main/java/x/Import.java:1: import dev.gopherbot.apps.gopherbot.Help;",
                "gateway/pom.xml:1: <artifactId>app-ossi</artifactId>",
                "consumer/src/main/java/x/Bad.java:3: String channel = \"OSSI_CHANNEL\";"), hits);
    }

    @Test
    void aCycleBetweenTwoPackagesIsFoundAndAChainIsNot() {
        assertEquals(List.of(List.of("a", "b")), PackageCycles.in(Map.of("a", Set.of("b"), "b", Set.of("a", "c"),
                "c", Set.of())));
        assertEquals(List.of(), PackageCycles.in(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of())));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
