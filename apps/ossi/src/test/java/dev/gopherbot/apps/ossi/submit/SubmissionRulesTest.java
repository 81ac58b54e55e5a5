package dev.gopherbot.apps.ossi.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.ossi.contribution.NewContribution;
import dev.gopherbot.apps.ossi.contribution.Size;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubmissionRulesTest {
    private static final YearMonth NOW = YearMonth.of(2026, 11);

    @Test
    void aCompleteSubmissionBecomesAContribution() {
        SubmissionRules.Result r = SubmissionRules.check(new SubmissionForm.Fields("Fixed a race",
                "https://go.dev/cl/1", "L", "2026-11"), NOW);

        assertEquals(List.of(), List.copyOf(r.errors().keySet()));
        assertEquals(new NewContribution("Fixed a race", "https://go.dev/cl/1", Size.L, NOW),
                r.contribution().orElseThrow());
    }

    @ParameterizedTest(name = "url {0} is {1}")
    @CsvSource({
            "https://github.com/golang/go/pull/1, ok",
            "http://example.com, ok",
            "HTTPS://EXAMPLE.COM/X, ok",
            "ftp://example.com/x, refused",
            "javascript:alert(1), refused",
            "github.com/golang/go, refused",
            "https://, refused",
            "'https://example.com/a b', refused",
            "mailto:me@example.com, refused"})
    void onlyAbsoluteWebLinksWithAHostAreAccepted(String url, String verdict) {
        assertEquals(verdict.equals("ok"), SubmissionRules.isWebLink(url));
    }

    @ParameterizedTest(name = "month {0}: {1}")
    @CsvSource({
            "2026-11, ",
            "2019-01, ",
            "2026-12, 2026-12 is in the future",
            "2027-01, 2027-01 is in the future",
            "2026-13, A month as YYYY-MM",
            "2026-1, A month as YYYY-MM",
            "11/2026, A month as YYYY-MM",
            "'', Please give the month"})
    void theMonthIsThisOneOrEarlier(String month, String error) {
        SubmissionRules.Result r = SubmissionRules.check(new SubmissionForm.Fields("x", "https://a.b", "S", month),
                NOW);

        if (error == null) {
            assertTrue(r.errors().isEmpty(), r.errors().toString());
        } else {
            assertEquals(List.of(SubmissionForm.MONTH), List.copyOf(r.errors().keySet()));
            assertTrue(r.errors().get(SubmissionForm.MONTH).startsWith(error), r.errors().toString());
        }
    }

    @Test
    void limitsCountCharactersAndSayHowManyThereAre() {
        String exactly = "d".repeat(SubmissionForm.MAX_DESCRIPTION);
        String url = "https://example.com/" + "p".repeat(SubmissionForm.MAX_URL);

        assertTrue(SubmissionRules.check(new SubmissionForm.Fields(exactly, "https://a.b", "M", "2026-01"), NOW)
                .errors().isEmpty());
        SubmissionRules.Result r = SubmissionRules.check(new SubmissionForm.Fields(exactly + "d", url, "M",
                "2026-01"), NOW);
        assertEquals("At most 1000 characters, please (this is 1001).", r.errors().get(SubmissionForm.DESCRIPTION));
        assertEquals("At most 500 characters, please (this is 520).", r.errors().get(SubmissionForm.URL));
    }

    @Test
    void everyMissingFieldIsNamedInTheModalsOrder() {
        SubmissionRules.Result r = SubmissionRules.check(new SubmissionForm.Fields("", "", "", ""), NOW);

        assertEquals(List.of("description", "url", "size", "month"), List.copyOf(r.errors().keySet()));
        assertTrue(r.contribution().isEmpty());
    }
}
