package dev.gopherbot.app.ingress;

/** What the gateway answers to a request an app decided on synchronously. */
public record WebReply(int status, String contentType, String body) {
    public static WebReply text(int status, String body) {
        return new WebReply(status, "text/plain; charset=utf-8", body);
    }

    public static WebReply json(int status, String body) {
        return new WebReply(status, "application/json", body);
    }

    /** A page for a browser ({@code Html.document(…)}); the gateway adds headers forbidding scripts and framing. */
    public static WebReply html(int status, String body) {
        return new WebReply(status, "text/html; charset=utf-8", body);
    }
}
