package dev.gopherbot.common.config;

import java.util.List;

/** Thrown when settings are missing or invalid; carries one human-readable line per problem, never a secret's value. */
public final class ConfigException extends RuntimeException {
    private final List<String> problems;

    public ConfigException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
