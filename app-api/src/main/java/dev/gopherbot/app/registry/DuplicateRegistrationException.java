package dev.gopherbot.app.registry;

/** Two registrations claim the same trigger, name, alias or prefix; the message names both. */
public final class DuplicateRegistrationException extends IllegalStateException {
    public DuplicateRegistrationException(String what, Registration first, Registration second) {
        super(what + " is registered twice: by " + first.label() + " and by " + second.label());
    }
}
