package dev.gopherbot.apps.timereport.ingress;

import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.registry.InteractiveRegistry.SlashReg;
import dev.gopherbot.apps.timereport.command.Usage;
import dev.gopherbot.apps.timereport.types.ReportType;
import dev.gopherbot.apps.timereport.types.ReportTypes;
import java.util.function.Supplier;

/**
 * {@code /timereport help}, generated from the registrations and the types file, so it cannot drift from what the
 * command does. Built on first use: the registrations are complete only once the app's {@code define} returned.
 */
public final class HelpText implements Supplier<String> {
    private final AppDefinition definition;
    private final ReportTypes types;
    private volatile String text;

    public HelpText(AppDefinition definition, ReportTypes types) {
        this.definition = definition;
        this.types = types;
    }

    @Override
    public String get() {
        String t = text;
        if (t == null) {
            t = build();
            text = t;
        }
        return t;
    }

    private String build() {
        StringBuilder help = new StringBuilder("*" + Usage.COMMAND + "* reports your time to the time-report "
                + "service. Each change shows you what it will do and waits for your Confirm.\n");
        for (SlashReg reg : definition.interactive().slashCommands(Usage.COMMAND)) {
            help.append("• `").append(Usage.COMMAND).append(' ').append(reg.usage()).append("`: ")
                    .append(reg.description()).append('\n');
        }
        help.append("*Types:*");
        for (ReportType type : types.all()) {
            help.append("\n• `").append(type.name()).append("` ").append(type.emoji().map(e -> e + " ").orElse(""))
                    .append(type.description());
        }
        return help.toString();
    }
}
