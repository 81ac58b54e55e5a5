package dev.gopherbot.apps.gopherbot.feeds.goreleases;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Go release as the download index names it: {@code go1.23.4}, {@code go1.24.0}, {@code go1.20} (before 1.21 a
 * first release had no {@code .0}) or a release candidate {@code go1.24rc1}. Betas are not parsed: they are not
 * announced.
 */
record GoVersion(String name, int major, int minor, int patch, int rc) {
    private static final Pattern NAME = Pattern.compile("go(\\d+)\\.(\\d+)(?:\\.(\\d+))?(?:rc(\\d+))?");
    /** Oldest first: 1.24rc1 before 1.24rc2 before 1.24.0 before 1.24.1. */
    static final Comparator<GoVersion> ORDER = Comparator.comparingInt(GoVersion::major)
            .thenComparingInt(GoVersion::minor).thenComparingInt(v -> v.isCandidate() ? -1 : 0)
            .thenComparingInt(GoVersion::rc).thenComparingInt(GoVersion::patch);

    static Optional<GoVersion> parse(String name) {
        Matcher m = NAME.matcher(name == null ? "" : name);
        if (!m.matches() || (m.group(3) != null && m.group(4) != null)) {
            return Optional.empty();
        }
        return Optional.of(new GoVersion(name, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
                m.group(4) == null ? 0 : Integer.parseInt(m.group(4))));
    }

    boolean isCandidate() {
        return rc > 0;
    }

    /** The release notes: the draft for a candidate, the major release's notes, or the minor release's entry. */
    String releaseNotes() {
        String line = major + "." + minor;
        if (isCandidate()) {
            return "https://tip.golang.org/doc/go" + line;
        }
        return patch == 0 ? "https://go.dev/doc/go" + line : "https://go.dev/doc/devel/release#" + name;
    }

    /** {@code Go 1.23.4}, {@code Go 1.24 RC 1}. */
    String shown() {
        String line = major + "." + minor;
        if (isCandidate()) {
            return "Go " + line + " RC " + rc;
        }
        return "Go " + name.substring(2);
    }
}
