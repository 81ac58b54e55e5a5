package dev.gopherbot.consumer.commands;

import dev.gopherbot.consumer.registry.Command;
import dev.gopherbot.consumer.registry.Outcome;
import dev.gopherbot.consumer.registry.Registrar;
import java.util.List;
import java.util.random.RandomGenerator;

/** {@code flip a coin}: heads or tails, addressed to the asker. */
final class FlipACoin implements Command {
    private final RandomGenerator random;

    FlipACoin(RandomGenerator random) {
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
