package dev.gopherbot.common.web;

import java.util.function.Function;

/** The outcome of checking a signed token: its verified content, or why it was refused. */
public sealed interface TokenCheck<T> {

    record Valid<T>(T value) implements TokenCheck<T> {
    }

    record Invalid<T>(Rejection rejection) implements TokenCheck<T> {
    }

    static <T> TokenCheck<T> invalid(Rejection rejection) {
        return new Invalid<>(rejection);
    }

    default <R> TokenCheck<R> map(Function<T, R> f) {
        return switch (this) {
            case Valid<T>(T value) -> new Valid<>(f.apply(value));
            case Invalid<T>(Rejection rejection) -> new Invalid<>(rejection);
        };
    }
}
