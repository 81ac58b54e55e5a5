package dev.gopherbot.consumer.suggest;

/** Text a user typed, made safe to show in Slack mrkdwn. */
final class Mrkdwn {
    private Mrkdwn() {
    }

    /**
     * Slack's three control characters: escaped, a suggestion cannot smuggle in {@code <!channel>}, a user mention
     * or a disguised link. Backticks and other formatting stay: a definition may use them.
     */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
