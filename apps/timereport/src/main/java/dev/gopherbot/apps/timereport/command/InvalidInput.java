package dev.gopherbot.apps.timereport.command;

/** What the user typed cannot be done; the message says why, in words meant for them (Slack mrkdwn). */
public final class InvalidInput extends Exception {
    public InvalidInput(String message) {
        super(message, null, false, false);
    }
}
