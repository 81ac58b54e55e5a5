package dev.gopherbot.common.web;

/** The outcome of checking a signed token: its verified content, or why it was refused. */
public sealed interface TokenCheck<T> {

    record Valid<T>(T value) implements TokenCheck<T> {
    }

    record Invalid<T>(Rejection rejection) implements TokenCheck<T> {
    }

    static <T> TokenCheck<T> invalid(Rejection rejection) {
        return new Invalid<>(rejection);
    }
}
