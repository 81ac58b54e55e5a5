package dev.gopherbot.apps.cravack.connect;

import dev.gopherbot.app.web.Html;

/** The pages a browser sees when Strava sends it back to the app. Nothing from the request is echoed. */
final class ConnectPages {
    private static final String TITLE = "Cravack and Strava";

    private ConnectPages() {
    }

    static String connecting() {
        return page("Almost done", "Cravack is finishing the connection to your Strava account. The bot will tell you"
                + " in Slack in a moment. You can close this tab.");
    }

    static String cancelled() {
        return page("Not connected", "You did not authorize Cravack at Strava, so nothing was connected. To try"
                + " again, type <code>/cravack connect</code> in Slack.");
    }

    static String expired() {
        return page("This link has expired", "Connect links work for 10 minutes. Type <code>/cravack connect</code>"
                + " in Slack for a new one.");
    }

    static String invalid() {
        return page("This link does not work", "Type <code>/cravack connect</code> in Slack for a new one.");
    }

    static String missingScope() {
        return page("Cravack needs to see your activities", "To post your activities, Cravack needs the permission"
                + " \u201cView data about your activities\u201d. Type <code>/cravack connect</code> in Slack and"
                + " leave that box ticked at Strava.");
    }

    private static String page(String heading, String safeHtml) {
        return Html.document(TITLE, "<h1>" + Html.escape(heading) + "</h1>\n<p>" + safeHtml + "</p>");
    }
}
