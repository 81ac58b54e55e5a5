package dev.gopherbot.app.handler;

/** What came of opening a modal: it is open, or its trigger had expired and the user was told to try again. */
public enum ModalOutcome {
    OPENED,
    TRIGGER_EXPIRED
}
