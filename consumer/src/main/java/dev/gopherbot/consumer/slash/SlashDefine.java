package dev.gopherbot.consumer.slash;

import dev.gopherbot.consumer.interactions.Interactive;
import dev.gopherbot.consumer.interactions.InteractiveRegistrar;
import dev.gopherbot.consumer.registry.Outcome;
import dev.gopherbot.consumer.suggest.Definitions;

/** {@code /gopher define <term>}: the glossary's (or a community-approved) answer, seen only by the asker. */
final class SlashDefine implements Interactive {
    private final Definitions definitions;

    SlashDefine(Definitions definitions) {
        this.definitions = definitions;
    }

    @Override
    public void register(InteractiveRegistrar registrar) {
        registrar.slash("define", "define <term>", "Explains a Go or programming term from the community glossary",
                ctx -> {
                    ctx.respond(ctx.argument().isBlank() ? "Tell me which term, e.g. `/gopher define goroutine`."
                            : Definitions.text(definitions.lookup(ctx.argument())));
                    return Outcome.done();
                });
    }
}
