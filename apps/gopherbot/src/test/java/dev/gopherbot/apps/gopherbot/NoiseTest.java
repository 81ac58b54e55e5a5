package dev.gopherbot.apps.gopherbot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gopherbot.app.registry.Matching;
import dev.gopherbot.app.registry.Registration;
import dev.gopherbot.app.registry.Registry;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The noise rule of CONTRIBUTING.md, checked against the registry the bot starts with: ordinary Go conversation,
 * not addressed to the bot, sets off no reaction and no canned answer (a random reaction only at in-joke odds).
 */
class NoiseTest {
    /** Rarer than this, a random reaction on an ordinary word is a joke; more often, it is noise. */
    static final double IN_JOKE_ODDS = 1.0 / 100;

    /** What a busy Go help channel says all day. */
    static final List<String> ORDINARY_TALK = List.of(
            "I drew a gopher today", "the gophers at GopherCon were great", "thanks, that fixed it!",
            "thank you all", "cheers", "hello everyone", "hi, quick question about channels", "hey folks",
            "good morning", "if err != nil { return err }", "ship it", "it works now", "merged, thanks",
            "run gofmt first", "go fmt ./...", "there is a data race here", "race condition in my map",
            "coffee time", "well done", "good bot", "wave", "the go tour is nice", "how do I learn go",
            "which editor do you use", "the code of conduct", "my playground link");

    @Test
    void ordinaryConversationSetsOffNoReactionAndNoAnswer() {
        Registry registry = BehavioursTableTest.startupRegistry();
        for (String said : ORDINARY_TALK) {
            String text = said.toLowerCase(Locale.ROOT);
            List<String> fired = registry.reactions().stream()
                    .filter(r -> r.when() == Registration.When.ALWAYS
                            || (r.when() == Registration.When.RANDOM && r.chance() > IN_JOKE_ODDS))
                    .filter(r -> matches(text, r.triggers()))
                    .map(Registration.ReactionReg::label).toList();
            List<String> answered = registry.responses().stream().filter(r -> matches(text, r.triggers()))
                    .map(Registration.ResponseReg::label).toList();
            assertEquals(List.of(), fired, "reactions to \"" + said + "\"");
            assertEquals(List.of(), answered, "answers to \"" + said + "\"");
        }
    }

    private static boolean matches(String text, List<String> triggers) {
        return triggers.stream().anyMatch(t -> Matching.containsTrigger(text, Matching.normalize(t)));
    }
}
