package dev.gopherbot.simulator.apps;

import dev.gopherbot.common.config.Secret;

/**
 * One Slack app the simulated workspace has installed: its name on the platform (also its bot's name,
 * {@code @desk}), the bot token the Web API accepts from it and the signing secret its requests are signed with.
 */
public record SimulatedApp(String name, Secret botToken, Secret signingSecret) {
}
