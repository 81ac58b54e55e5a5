package dev.gopherbot.apps.gopherbot.feeds.goreleases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoVersionTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            go1.23.4  | Go 1.23.4   | https://go.dev/doc/devel/release#go1.23.4
            go1.24.0  | Go 1.24.0   | https://go.dev/doc/go1.24
            go1.20    | Go 1.20     | https://go.dev/doc/go1.20
            go1.24rc2 | Go 1.24 RC 2 | https://tip.golang.org/doc/go1.24
            """)
    void eachReleaseLinksItsNotes(String name, String shown, String notes) {
        GoVersion v = GoVersion.parse(name).orElseThrow();
        assertEquals(shown, v.shown());
        assertEquals(notes, v.releaseNotes());
    }

    @Test
    void betasAndOtherNamesAreNotReleasesToAnnounce() {
        for (String name : List.of("go1.25beta1", "go1.24.1rc1", "1.24.0", "go1.x", "")) {
            assertEquals(Optional.empty(), GoVersion.parse(name), name);
        }
    }

    @Test
    void candidatesComeBeforeTheirReleaseAndMinorReleasesAfterIt() {
        List<String> sorted = List.of("go1.24.1", "go1.24rc2", "go1.23.9", "go1.24.0", "go1.24rc1").stream()
                .map(n -> GoVersion.parse(n).orElseThrow()).sorted(GoVersion.ORDER).map(GoVersion::name).toList();
        assertEquals(List.of("go1.23.9", "go1.24rc1", "go1.24rc2", "go1.24.0", "go1.24.1"), sorted);
        assertTrue(GoVersion.parse("go1.24rc1").orElseThrow().isCandidate());
    }
}
