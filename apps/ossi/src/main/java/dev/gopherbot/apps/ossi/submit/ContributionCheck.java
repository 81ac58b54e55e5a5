package dev.gopherbot.apps.ossi.submit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gopherbot.app.ingress.SubmissionCheck;
import dev.gopherbot.apps.ossi.contribution.Months;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/** Checks a "new contribution" submission in the gateway, so mistakes show under the inputs of the open modal. */
public final class ContributionCheck implements SubmissionCheck {
    private final Clock clock;
    private final ZoneId zone;

    public ContributionCheck(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public Map<String, String> errors(JsonNode view) {
        return SubmissionRules.check(SubmissionForm.read(view), Months.current(clock, zone)).errors();
    }
}
