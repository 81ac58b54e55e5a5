package dev.gopherbot.app.handler;

/** Handles a person joining one of the channels the registration names ({@code member_joined_channel}). */
@FunctionalInterface
public interface ChannelJoinHandler {
    Outcome handle(ChannelJoinContext ctx) throws Exception;
}
