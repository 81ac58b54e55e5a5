package dev.gopherbot.apps.ossi.contribution;

import java.util.Arrays;
import java.util.Optional;

/** How big a contribution is, as the submitter judges it; the modal explains each, the report counts them. */
public enum Size {
    S("Small", "a typo, a small fix, an issue with a reproduction"),
    M("Medium", "a bug fix or a feature of a few hours to a few days"),
    L("Large", "a substantial feature, a new project, or maintaining one over the month");

    private final String label;
    private final String meaning;

    Size(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** {@code S}, {@code M} or {@code L} exactly, as the modal's options send them. */
    public static Optional<Size> of(String value) {
        return Arrays.stream(values()).filter(s -> s.name().equals(value)).findFirst();
    }
}
