package dev.gopherbot.apps.gopherbot.commands;

import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.Outcome;
import java.util.List;
import java.util.random.RandomGenerator;

/** {@code flip a coin}: heads or tails, addressed to the asker. */
public final class FlipACoin implements Feature {
    private final RandomGenerator random;

    public FlipACoin(RandomGenerator random) {
        this.random = random;
    }

    @Override
    public void register(Registrar registrar) {
        registrar.command("flip a coin", List.of("coin flip", "flip coin", "toss a coin", "coin toss", "heads or tails"),
                "Flips a coin: heads or tails", ctx -> {
                    ctx.reply(random.nextBoolean() ? "heads :coin:" : "tails :coin:");
                    return Outcome.done();
                });
    }
}
