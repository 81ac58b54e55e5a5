package dev.gopherbot.consumer.registry;

/**
 * A behaviour with logic: one class, listed once in {@code Commands}. It registers itself (a command, a prefix, a
 * matcher, a join handler…) through the {@link Registrar}, which knows the class as the registrations' origin.
 */
public interface Command {
    void register(Registrar registrar);
}
