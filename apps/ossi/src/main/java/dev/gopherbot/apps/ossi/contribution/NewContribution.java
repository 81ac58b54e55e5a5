package dev.gopherbot.apps.ossi.contribution;

import java.time.YearMonth;

/** A submission that passed {@code SubmissionRules}: what the submitter typed, cleaned and checked. */
public record NewContribution(String description, String url, Size size, YearMonth month) {
}
