package dev.gopherbot.apps.ossi.contribution;

import java.util.Locale;

/** A contribution's life: submitted, then decided once by a manager. */
public enum Status {
    /** Waiting for a manager's sanity check. */
    PENDING,
    ACCEPTED,
    /** Only for bogus or invalid submissions. */
    DECLINED;

    /** {@code accepted}, {@code declined}: as a verb in sentences. */
    public String verb() {
        return name().toLowerCase(Locale.ROOT);
    }
}
