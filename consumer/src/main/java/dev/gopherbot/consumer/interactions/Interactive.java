package dev.gopherbot.consumer.interactions;

/**
 * A feature reached through Slack's interactive surfaces: it registers its slash subcommands and the handlers of
 * its buttons and modals in one place (the counterpart of {@code registry.Command} for messages). The list of
 * features is {@code slash.Interactives}.
 */
@FunctionalInterface
public interface Interactive {
    void register(InteractiveRegistrar registrar);
}
