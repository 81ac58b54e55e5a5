package dev.gopherbot.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .mvn/jdk.sh}, which {@code ./mvnw}, {@code ./gopherbot} and {@code .ci/run} source: on a machine whose default
 * java is older than 21 (Debian 12's 17) the build finds a newer JDK by itself, or stops before Maven starts with a
 * message naming the fix. The JDKs here are made-up homes whose {@code java -version} prints a chosen version.
 */
class JdkChoiceIT {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void anOldDefaultJavaIsPassedOverForTheNewestJdkInTheSearchedFolders() throws Exception {
        Path old = fakeJdk(tmp.resolve("path/jdk-17"), "17.0.9");
        Path jvms = Files.createDirectories(tmp.resolve("jvm"));
        fakeJdk(jvms.resolve("jdk-17"), "17.0.9");
        fakeJdk(jvms.resolve("jdk-21"), "21.0.5");
        Path newest = fakeJdk(jvms.resolve("jdk-25"), "25.0.1");
        fakeJre(jvms.resolve("jre-26"), "26"); // no javac: cannot build

        Run run = choose(null, old, jvms);

        assertEquals(0, run.status, run.err);
        assertEquals(newest.toString(), run.out);
        assertTrue(run.err.contains("Using the JDK at " + newest + " (25)"), run.err);
    }

    @Test
    void aJavaHomeThatIsNewEnoughIsKept() throws Exception {
        Path home = fakeJdk(tmp.resolve("mine"), "21.0.5");
        Path jvms = Files.createDirectories(tmp.resolve("jvm"));
        fakeJdk(jvms.resolve("jdk-25"), "25.0.1");

        Run run = choose(home, fakeJdk(tmp.resolve("path/jdk-17"), "17.0.9"), jvms);

        assertEquals(0, run.status, run.err);
        assertEquals(home.toString(), run.out);
    }

    @Test
    void withNoNewJdkAnywhereItStopsNamingWhatItFoundAndTheFix() throws Exception {
        Path old = fakeJdk(tmp.resolve("path/jdk-17"), "17.0.9");
        Path jvms = Files.createDirectories(tmp.resolve("jvm"));
        fakeJdk(jvms.resolve("jdk-17"), "17.0.9");

        Run run = choose(fakeJdk(tmp.resolve("home-11"), "11.0.2"), old, jvms);

        assertEquals(1, run.status, run.err);
        assertEquals("", run.out);
        assertTrue(run.err.contains("gopherbot needs a JDK 21 or newer; found none (java on PATH: 17;"), run.err);
        assertTrue(run.err.contains("set JAVA_HOME"), run.err);
    }

    @Test
    void theMavenWrapperStopsBeforeMavenStartsWhenNoJdkWillDo() throws Exception {
        Path old = fakeJdk(tmp.resolve("path/jdk-17"), "17.0.9");
        Run run = run(List.of(REPO.resolve("mvnw").toString(), "-v"), null, old,
                Files.createDirectories(tmp.resolve("empty")));

        assertEquals(1, run.status, run.err);
        assertTrue(run.err.contains("gopherbot needs a JDK 21 or newer"), run.err);
        assertFalse(run.out.contains("Apache Maven"), run.out);
    }

    @Test
    void theMavenWrapperRunsMavenOnTheJdkItFound() throws Exception {
        // the real JDK running this test (21 or newer) is the only one in the searched folder
        Path jvms = Files.createDirectories(tmp.resolve("jvm"));
        Files.createSymbolicLink(jvms.resolve("this-jdk"), Path.of(System.getProperty("java.home")));
        Path old = fakeJdk(tmp.resolve("path/jdk-17"), "17.0.9");

        Run run = run(List.of(REPO.resolve("mvnw").toString(), "-o", "-v"), null, old, jvms);

        assertEquals(0, run.status, run.err);
        assertTrue(run.out.contains("Java version: " + Runtime.version().feature()), run.out);
    }

    private Run choose(Path javaHome, Path jdkOnPath, Path jvms) throws Exception {
        String script = ". '" + REPO.resolve(".mvn/jdk.sh") + "' && gopherbot_find_jdk && printf %s \"$JAVA_HOME\"";
        return run(List.of("sh", "-c", script), javaHome, jdkOnPath, jvms);
    }

    private Run run(List<String> command, Path javaHome, Path jdkOnPath, Path jvms) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(REPO.toFile());
        pb.environment().remove("JAVA_HOME");
        if (javaHome != null) {
            pb.environment().put("JAVA_HOME", javaHome.toString());
        }
        pb.environment().put("PATH", jdkOnPath.resolve("bin") + ":/usr/bin:/bin");
        pb.environment().put("GOPHERBOT_JDK_DIRS", jvms.toString());
        pb.environment().put("MAVEN_ARGS", "");
        Path out = tmp.resolve("out-" + System.nanoTime());
        Path err = tmp.resolve("err-" + System.nanoTime());
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "still running: " + command);
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int status, String out, String err) {}

    /** A JDK home with {@code bin/java} that reports {@code version} and a {@code bin/javac}. */
    private static Path fakeJdk(Path home, String version) throws IOException {
        fakeJre(home, version);
        executable(home.resolve("bin/javac"), "#!/bin/sh\nexit 0\n");
        return home;
    }

    private static Path fakeJre(Path home, String version) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        executable(home.resolve("bin/java"),
                "#!/bin/sh\necho 'openjdk version \"" + version + "\" 2026-01-20' >&2\n");
        return home;
    }

    private static void executable(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
