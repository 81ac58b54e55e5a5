package dev.gopherbot.apps.gopherbot.suggest;

/** Where a suggestion stands. It leaves {@code PENDING} exactly once ({@link SuggestionStore#decide}). */
public enum Status {
    PENDING,
    APPROVED,
    DECLINED
}
