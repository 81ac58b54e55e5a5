package dev.gopherbot.app.handler;

/** Handles a person joining the workspace ({@code team_join}). */
@FunctionalInterface
public interface TeamJoinHandler {
    Outcome handle(TeamJoinContext ctx) throws Exception;
}
