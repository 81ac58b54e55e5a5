package dev.gopherbot.app.web;

/** The little HTML the pages need: escaping user content, and a bare document around a body. */
public final class Html {
    private Html() {
    }

    /**
     * {@code text} safe to place in element content or a quoted attribute value: escapes {@code & < > " '}. Not for
     * URLs in {@code href} (a {@code javascript:} URL needs no special characters) nor inside {@code <script>}.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A complete UTF-8 document; {@code title} is escaped here, {@code bodyHtml} must already be safe HTML. */
    public static String document(String title, String bodyHtml) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title></head>\n<body>\n" + bodyHtml + "\n</body></html>\n";
    }
}
