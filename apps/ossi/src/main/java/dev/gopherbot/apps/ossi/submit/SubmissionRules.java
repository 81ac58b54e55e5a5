package dev.gopherbot.apps.ossi.submit;

import dev.gopherbot.apps.ossi.contribution.Months;
import dev.gopherbot.apps.ossi.contribution.NewContribution;
import dev.gopherbot.apps.ossi.contribution.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a submission must be, decided without I/O: the gateway runs it while the modal is open (errors under the
 * inputs), and the consumer runs it again on what it stores.
 */
public final class SubmissionRules {
    private SubmissionRules() {
    }

    /** Either errors by block id (in the modal's order) or the contribution to store. */
    public record Result(Map<String, String> errors, Optional<NewContribution> contribution) {
    }

    /** @param thisMonth the current month where the contributors work: later months are refused */
    public static Result check(SubmissionForm.Fields fields, YearMonth thisMonth) {
        Map<String, String> errors = new LinkedHashMap<>();
        String description = fields.description();
        if (description.isEmpty()) {
            errors.put(SubmissionForm.DESCRIPTION, "Please describe the contribution.");
        } else if (description.length() > SubmissionForm.MAX_DESCRIPTION) {
            errors.put(SubmissionForm.DESCRIPTION, tooLong(SubmissionForm.MAX_DESCRIPTION, description.length()));
        }
        String url = fields.url();
        if (url.isEmpty()) {
            errors.put(SubmissionForm.URL, "Please give a link to the contribution (a pull request, a release…).");
        } else if (url.length() > SubmissionForm.MAX_URL) {
            errors.put(SubmissionForm.URL, tooLong(SubmissionForm.MAX_URL, url.length()));
        } else if (!isWebLink(url)) {
            errors.put(SubmissionForm.URL, "A web link, please: it starts with https:// or http://.");
        }
        Optional<Size> size = Size.of(fields.size());
        if (size.isEmpty()) {
            errors.put(SubmissionForm.SIZE, "Please pick a size.");
        }
        Optional<YearMonth> month = Months.parse(fields.month());
        if (fields.month().isEmpty()) {
            errors.put(SubmissionForm.MONTH, "Please give the month of the contribution, e.g. " + thisMonth + ".");
        } else if (month.isEmpty()) {
            errors.put(SubmissionForm.MONTH, "A month as " + Months.FORMAT + ", please, e.g. " + thisMonth + ".");
        } else if (month.get().isAfter(thisMonth)) {
            errors.put(SubmissionForm.MONTH, month.get() + " is in the future: register a contribution once it is "
                    + "made (this month is " + thisMonth + ").");
        }
        if (!errors.isEmpty()) {
            return new Result(errors, Optional.empty());
        }
        return new Result(Map.of(), Optional.of(new NewContribution(description, url, size.get(), month.get())));
    }

    /** An absolute http(s) URL with a host: Slack links nothing else, and a report's reader could not open it. */
    static boolean isWebLink(String url) {
        if (url.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String tooLong(int max, int length) {
        return "At most " + max + " characters, please (this is " + length + ").";
    }
}
