package dev.gopherbot.apps.cravack.config;

/** How distances, speeds and heights are shown ({@code CRAVACK_UNITS}). */
public enum Units {
    /** Kilometres, km/h or min/km, metres. */
    METRIC,
    /** Miles, mph or min/mi, feet. */
    IMPERIAL
}
