package dev.gopherbot.gateway.web;

import dev.gopherbot.app.web.Html;

/** The gateway's own pages around sign-in. Plain text only: nothing from the request is ever echoed in them. */
final class Notices {
    private Notices() {
    }

    static String signInNeeded() {
        return notice("Sign in from Slack", "This page is for members of the workspace. Ask the bot in Slack for a"
                + " link to it: opening that link signs you in.");
    }

    static String linkExpired() {
        return notice("This link has expired", "Links from the bot work for a few minutes only. Ask the bot in"
                + " Slack for a new one.");
    }

    static String linkInvalid() {
        return notice("This link does not work", "It may be incomplete or from an older setup. Ask the bot in Slack"
                + " for a new link.");
    }

    static String otherWorkspace() {
        return notice("Not for this workspace", "These pages are for members of another Slack workspace.");
    }

    static String badTarget() {
        return notice("This link leads nowhere", "The link points outside this site, so it was not followed.");
    }

    static String signedOut() {
        return notice("Signed out", "You are signed out. To come back, ask the bot in Slack for a new link.");
    }

    static String failed() {
        return notice("Something went wrong", "This page could not be shown. Please try again later.");
    }

    private static String notice(String title, String text) {
        return Html.document(title, "<h1>" + Html.escape(title) + "</h1>\n<p>" + Html.escape(text) + "</p>");
    }
}
