package dev.gopherbot.consumer.dispatch;

import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.consumer.events.EventReader;

/**
 * One app as the consumer runs it: its entries are read as its own bot user sees them, its rules know that bot's
 * ids, and its dispatcher calls its handlers.
 */
public record HostedApp(AppDefinition definition, EventReader reader, Rules rules, Dispatcher dispatcher) {
    public String name() {
        return definition.name();
    }
}
