package dev.gopherbot.glossary;

/** Cleans what a user typed after "define" into the name to look up. */
final class Query {

    /** Pairs people wrap a term in when chatting: `goroutine`, "goroutine", 'goroutine', “goroutine”, ‘goroutine’. */
    private static final String[][] QUOTES = {{"`", "`"}, {"\"", "\""}, {"'", "'"}, {"“", "”"}, {"‘", "’"}};

    private Query() {
    }

    /** {@code " `Goroutine`? "} → {@code Goroutine}; case is kept so a "not found" reply can echo the user. */
    static String clean(String query) {
        String cleaned = query == null ? "" : query.strip();
        String before;
        do {
            before = cleaned;
            while (cleaned.endsWith("?")) {
                cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
            }
            cleaned = unquoted(cleaned);
        } while (!cleaned.equals(before));
        return cleaned;
    }

    private static String unquoted(String text) {
        for (String[] pair : QUOTES) {
            if (text.length() >= pair[0].length() + pair[1].length()
                    && text.startsWith(pair[0]) && text.endsWith(pair[1])) {
                return text.substring(pair[0].length(), text.length() - pair[1].length()).strip();
            }
        }
        return text;
    }
}
