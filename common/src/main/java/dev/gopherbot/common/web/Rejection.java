package dev.gopherbot.common.web;

/** Why a link or session token was not accepted. The reason never quotes the token. */
public enum Rejection {
    /** No token at all: no {@code t} parameter, no session cookie. */
    MISSING("missing"),
    /** Not something this site issued: wrong shape, wrong encoding, or a token meant for something else. */
    MALFORMED("malformed"),
    /** The signature does not match: tampered with, or signed with another key (e.g. before a key rotation). */
    BAD_SIGNATURE("bad signature"),
    EXPIRED("expired");

    private final String reason;

    Rejection(String reason) {
        this.reason = reason;
    }

    /** A short phrase for logs and metrics, e.g. {@code expired}. */
    public String reason() {
        return reason;
    }
}
