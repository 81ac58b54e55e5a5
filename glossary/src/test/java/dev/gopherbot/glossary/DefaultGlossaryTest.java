package dev.gopherbot.glossary;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped {@code glossary.yaml} passes every rule. This is the check that makes CI reject a pull request with a
 * bad entry: {@link Glossary#loadDefault()} throws with every problem listed, and JUnit prints them.
 */
class DefaultGlossaryTest {

    private static final int MINIMUM_ENTRIES = 40;

    @Test
    void theShippedGlossaryPassesEveryRuleAndHasAtLeastFortyEntries() {
        Glossary glossary = Glossary.loadDefault();

        int entries = glossary.terms().size();
        assertTrue(entries >= MINIMUM_ENTRIES, "expected at least " + MINIMUM_ENTRIES + " entries, found " + entries);
    }

    @ParameterizedTest(name = "\"{0}\" is defined")
    @ValueSource(strings = {"goroutine", "channel", "interface", "method set", "escape analysis", "module",
            "workspace", "generics", "type parameters", "zero value", "variadic", "blank identifier", "defer", "panic",
            "recover", "context", "select", "slice", "map", "struct embedding", "receiver", "closure",
            "race detector", "gofmt", "go vet", "GOPATH", "GOPROXY", "vendoring", "iota", "rune", "stringer", "embed",
            "cgo", "build tags", "build constraint", "table-driven tests", "benchmark", "fuzzing", "pprof",
            "garbage collector", "scheduler", "GMP", "mutex", "WaitGroup", "errgroup", "error wrapping",
            "sentinel error", "DDD", "TDD", "dependency injection", "SOLID", "CI", "semver"})
    void theTermsACommunityAsksAboutAreDefined(String query) {
        assertInstanceOf(Lookup.Found.class, Glossary.loadDefault().lookup(query));
    }
}
