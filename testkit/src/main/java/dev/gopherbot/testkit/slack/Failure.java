package dev.gopherbot.testkit.slack;

/** A scripted failure of the fake Slack: an HTTP status, a {@code Retry-After}, or an {@code ok:false} error. */
public record Failure(int httpStatus, int retryAfterSeconds, String error) {
    public static Failure rateLimited(int retryAfterSeconds) {
        return new Failure(429, retryAfterSeconds, "ratelimited");
    }

    public static Failure serverError(int status) {
        return new Failure(status, 0, null);
    }

    /** {@code 200 {"ok":false,"error":…}}, e.g. {@code channel_not_found}. */
    public static Failure error(String error) {
        return new Failure(200, 0, error);
    }
}
