package dev.gopherbot.common.web;

import java.util.regex.Pattern;

/**
 * The Slack user a web page is shown to: who signed in, and in which workspace.
 *
 * @param userId Slack's user id ({@code U…} or {@code W…})
 * @param teamId Slack's workspace id ({@code T…})
 */
public record Viewer(String userId, String teamId) {
    /** Slack ids are short runs of letters and digits; anything else in a signed token would be a minting bug. */
    private static final Pattern SLACK_ID = Pattern.compile("[A-Za-z0-9]{1,64}");

    public Viewer {
        if (!isValid(userId, teamId)) {
            throw new IllegalArgumentException("userId and teamId must be Slack ids (1-64 letters and digits)");
        }
    }

    /** Whether both are Slack ids, for code that must not throw on what it reads (a token's fields). */
    public static boolean isValid(String userId, String teamId) {
        return userId != null && teamId != null
                && SLACK_ID.matcher(userId).matches() && SLACK_ID.matcher(teamId).matches();
    }
}
