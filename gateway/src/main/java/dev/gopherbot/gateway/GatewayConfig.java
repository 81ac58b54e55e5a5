package dev.gopherbot.gateway;

import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Identity;
import dev.gopherbot.common.config.Secret;
import dev.gopherbot.common.redis.RedisSettings;
import dev.gopherbot.common.web.WebSettings;
import dev.gopherbot.gateway.web.WebPages;
import java.util.Optional;
import java.util.Set;

/**
 * The gateway's settings, all from the environment.
 *
 * @param port          {@code PORT}; 0 picks a free port (tests)
 * @param signingSecret {@code SLACK_SIGNING_SECRET}, verifies {@code X-Slack-Signature}
 * @param appId         {@code SLACK_APP_ID}: when present, events for another app are refused with 403
 * @param teamId        {@code SLACK_TEAM_ID}: when present, events for another workspace are refused with 403
 * @param streamMaxLen  {@code STREAM_MAXLEN}: approximate {@code MAXLEN ~} each append trims its stream to; see
 *                      docs/gateway.md for how to size it against the Redis plan's memory
 * @param web           {@code WEB_SESSION_KEY}, {@code PUBLIC_URL} and the TTLs of sign-in (docs/web.md); empty
 *                      when neither is set, which is fine as long as no page is registered
 */
public record GatewayConfig(int port, Secret signingSecret, Optional<String> appId, Optional<String> teamId,
                            RedisSettings redis, Identity identity, long streamMaxLen, Optional<WebSettings> web) {
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_STREAM_MAXLEN = 1_000_000;
    /** Below this, a burst while consumers are down could trim entries nobody has read yet. */
    public static final int MIN_STREAM_MAXLEN = 1_000;

    /** Reads every setting, recording problems in {@code env}; the caller runs {@link Env#check()} afterwards. */
    public static GatewayConfig from(Env env) {
        return from(env, WebPages.none());
    }

    /**
     * As {@link #from(Env)}; with {@code pages} registered, {@code WEB_SESSION_KEY} and {@code PUBLIC_URL} are
     * required.
     */
    public static GatewayConfig from(Env env, WebPages pages) {
        return new GatewayConfig(
                env.integer("PORT", DEFAULT_PORT, 0, 65_535),
                env.secret("SLACK_SIGNING_SECRET"),
                Optional.ofNullable(env.raw("SLACK_APP_ID")),
                Optional.ofNullable(env.raw("SLACK_TEAM_ID")),
                RedisSettings.from(env),
                Identity.from(env),
                env.integer("STREAM_MAXLEN", DEFAULT_STREAM_MAXLEN, MIN_STREAM_MAXLEN, Integer.MAX_VALUE),
                pages.isEmpty() ? WebSettings.from(env) : Optional.of(WebSettings.require(env)));
    }

    public GatewayConfig withPort(int newPort) {
        return new GatewayConfig(newPort, signingSecret, appId, teamId, redis, identity, streamMaxLen, web);
    }

    /** The workspaces whose members may sign in to the pages: {@code SLACK_TEAM_ID}, or any when it is unset. */
    public Set<String> webTeams() {
        return teamId.map(Set::of).orElse(Set.of());
    }
}
