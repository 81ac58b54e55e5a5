package dev.gopherbot.common.config;

/** {@code BOT_ENV}: anything but production runs in shadow mode (acts only on DMs and mentions, posts nothing else). */
public enum BotEnv {
    DEVELOPMENT, STAGING, PRODUCTION;

    public boolean shadowMode() {
        return this != PRODUCTION;
    }
}
