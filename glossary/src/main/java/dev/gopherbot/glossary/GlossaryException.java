package dev.gopherbot.glossary;

import java.util.List;

/** The glossary file cannot be used; carries every problem found, not just the first, so one fix round is enough. */
public final class GlossaryException extends RuntimeException {

    private final List<String> problems;

    GlossaryException(String fileName, List<String> problems) {
        super(fileName + " has " + problems.size() + (problems.size() == 1 ? " problem:\n" : " problems:\n")
                + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** One pointed message per problem, e.g. {@code glossary.yaml:12: "tdd": alias "TDD" is the term itself}. */
    public List<String> problems() {
        return problems;
    }
}
