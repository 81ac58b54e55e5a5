package dev.gopherbot.apps.gopherbot.suggest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gopherbot.app.ingress.SubmissionCheck;
import dev.gopherbot.glossary.Glossary;
import dev.gopherbot.glossary.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges a "suggest a glossary term" submission by the glossary's own rules ({@link Glossary#problemsFor}) and the
 * modal's input limits, in the gateway, so the errors appear in the open modal. The gateway depends on the glossary
 * library for this (docs/interactivity.md): it is pure (no Slack, no Redis), loads in milliseconds, and the gateway
 * and the consumer always run the same glossary because they are built and deployed from one slug.
 *
 * <p>What needs Redis (a term another user already suggested) is the consumer's to check, after the modal closed.
 */
public final class SuggestionCheck implements SubmissionCheck {
    private final Glossary glossary;

    public SuggestionCheck(Glossary glossary) {
        this.glossary = glossary;
    }

    @Override
    public Map<String, String> errors(JsonNode view) {
        SuggestForm.Fields fields = SuggestForm.read(view);
        Map<String, List<String>> byBlock = new LinkedHashMap<>();
        for (String block : List.of(SuggestForm.TERM, SuggestForm.ALIASES, SuggestForm.DEFINITION, SuggestForm.LINK)) {
            byBlock.put(block, new ArrayList<>());
        }
        tooLong(byBlock, SuggestForm.TERM, fields.term(), SuggestForm.MAX_TERM);
        tooLong(byBlock, SuggestForm.ALIASES, String.join(", ", fields.aliases()), SuggestForm.MAX_ALIASES);
        // the definition's length is a glossary rule, checked with the others below
        tooLong(byBlock, SuggestForm.LINK, String.join("", fields.links()), SuggestForm.MAX_LINK);
        Term candidate = new Term(fields.term(), fields.aliases(), fields.definition(), fields.links());
        String prefix = '"' + fields.term() + "\": ";
        for (String problem : glossary.problemsFor(candidate)) {
            // inside the modal the term is right there: "\"tdd\": alias ..." reads better as "alias ..."
            String rule = !fields.term().isBlank() && problem.startsWith(prefix)
                    ? problem.substring(prefix.length()) : problem;
            byBlock.get(blockFor(rule)).add(rule);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        byBlock.forEach((block, rules) -> {
            if (!rules.isEmpty()) {
                errors.put(block, capitalised(String.join("; ", rules)));
            }
        });
        return errors;
    }

    /**
     * Which input a glossary rule is about, by the subject it starts with ({@code alias …}, {@code definition …},
     * {@code link …}); anything else, {@code missing term} included, is shown under the term, so no problem is ever
     * lost. {@code SuggestionCheckTest} runs one input per rule to keep this in step with the glossary's wording.
     */
    static String blockFor(String rule) {
        if (rule.startsWith("alias")) {
            return SuggestForm.ALIASES;
        }
        if (rule.startsWith("definition")) {
            return SuggestForm.DEFINITION;
        }
        if (rule.startsWith("link")) {
            return SuggestForm.LINK;
        }
        return SuggestForm.TERM;
    }

    private static void tooLong(Map<String, List<String>> byBlock, String block, String value, int max) {
        if (value.length() > max) {
            byBlock.get(block).add("at most " + max + " characters, please (this is " + value.length() + ")");
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
