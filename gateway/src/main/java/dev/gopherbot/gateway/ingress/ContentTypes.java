package dev.gopherbot.gateway.ingress;

/** The media types Slack sends: JSON for the Events API, form-encoded for slash commands and interactivity. */
public final class ContentTypes {
    public static final String JSON = "application/json";
    public static final String FORM = "application/x-www-form-urlencoded";

    private ContentTypes() {
    }

    /** True when {@code header} names {@code expected}, ignoring case and parameters such as {@code charset}. */
    public static boolean matches(String header, String expected) {
        if (header == null) {
            return false;
        }
        int end = header.indexOf(';');
        String type = (end < 0 ? header : header.substring(0, end)).trim();
        return type.equalsIgnoreCase(expected);
    }
}
