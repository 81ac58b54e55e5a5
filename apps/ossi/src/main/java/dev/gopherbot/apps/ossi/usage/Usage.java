package dev.gopherbot.apps.ossi.usage;

import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.ingress.SlashInvocation;
import dev.gopherbot.app.registry.InteractiveRegistry;
import dev.gopherbot.app.slack.Response;
import dev.gopherbot.apps.ossi.contribution.Months;
import java.util.Optional;

/**
 * {@code /ossi help}, and the gateway's check of every {@code /ossi} invocation: help, a month that is not a month,
 * a missing one, or an unknown subcommand are answered at once with the usage, and nothing is enqueued. The usage is
 * generated from the registered subcommands, so it cannot drift from them.
 */
public final class Usage implements Feature {
    private final String command;
    private final AppDefinition definition;

    /** @param definition the app's, complete by the time a command arrives */
    public Usage(String command, AppDefinition definition) {
        this.command = command;
        this.definition = definition;
    }

    @Override
    public void register(Registrar r) {
        r.slash(command, "help", "help", "Shows this help", ctx -> {
            ctx.respond(text()); // normally answered by the check in the gateway; here for an older gateway
            return Outcome.done();
        });
        r.slashCheck(command, this::check);
    }

    Optional<Response> check(SlashInvocation invocation) {
        String argument = invocation.argument();
        return switch (invocation.subcommand()) {
            case "help" -> answer(text());
            case "new" -> Optional.empty();
            case "list" -> argument.isEmpty() || Months.parse(argument).isPresent() ? Optional.empty()
                    : answer(notAMonth(argument) + "\n" + text());
            case "report" -> argument.isEmpty() ? answer("Which month? " + text())
                    : Months.parse(argument).isPresent() ? Optional.empty()
                    : answer(notAMonth(argument) + "\n" + text());
            default -> answer("I don't know `" + command + " " + shown(invocation.subcommand()) + "`.\n" + text());
        };
    }

    /** Every subcommand with its usage and description, in registration order. */
    public String text() {
        StringBuilder usage = new StringBuilder("Usage:");
        for (InteractiveRegistry.SlashReg reg : definition.interactive().slashCommands(command)) {
            usage.append("\n• `").append(command).append(' ').append(reg.usage()).append("`: ")
                    .append(reg.description());
        }
        return usage.toString();
    }

    private static String notAMonth(String argument) {
        return "`" + shown(argument) + "` is not a month: write it as " + Months.FORMAT + ", e.g. 2026-10.";
    }

    /** What the user typed, short and without markup, to echo back. */
    private static String shown(String typed) {
        String plain = typed.replaceAll("[`<>&*_~]", "");
        return plain.length() > 30 ? plain.substring(0, 30) + "…" : plain;
    }

    private static Optional<Response> answer(String text) {
        return Optional.of(Response.ephemeral(text));
    }
}
