package dev.gopherbot.consumer.registry;

/** Handles a person joining the workspace ({@code team_join}). */
@FunctionalInterface
public interface TeamJoinHandler {
    Outcome handle(TeamJoinContext ctx) throws Exception;
}
