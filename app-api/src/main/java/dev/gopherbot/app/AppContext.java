package dev.gopherbot.app;

import dev.gopherbot.common.channels.ChannelDirectory;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Secret;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.common.slack.SlackCalls;
import io.lettuce.core.api.sync.RedisCommands;
import java.net.http.HttpClient;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * What {@link App#define} receives: the one place an app registers its features, and the services its handlers may
 * use. Services open on first use, in the process that uses them, and are shared by every app of the process (the
 * Redis connection budget is per process, not per app).
 */
public interface AppContext {
    /** The app's name, e.g. {@code gopherbot}. */
    String name();

    /** The settings; problems recorded here stop the process with every other configuration problem. */
    Env env();

    Clock clock();

    /** Outside production ({@code BOT_ENV}): nothing is shared with outside services. */
    boolean shadowMode();

    /** The app's own key space in Redis ({@code ${REDIS_KEY_PREFIX}<app>:}). */
    Keys keys();

    /** The process's shared Redis connection, for short-lived state (markers, caches); keys from {@link #keys()}. */
    RedisCommands<String, String> redis();

    /** The Web API with the app's bot token, with rate limits honoured and {@code ok:false} typed. */
    SlackCalls slack();

    /**
     * The app's channels by name, kept by bgtasks. Calling this during {@code define} is what asks bgtasks to keep
     * the cache for this app (the bot token then needs {@code channels:read}).
     */
    ChannelDirectory channels();

    /** An HTTP client for third-party APIs (5 s connect timeout, redirects followed). */
    HttpClient http();

    /**
     * PostgreSQL, for apps that need a relational store. Calling this during {@code define} declares the need: the
     * process refuses to start without {@code DATABASE_URL}, and runs the app's migrations
     * ({@code src/main/resources/db/<app>/V1__….sql}, into a schema named after the app) before anything else.
     */
    DataSource database();

    /**
     * The app's own declarations, complete once {@code define} returns: for what is generated from them at run time,
     * such as help texts.
     */
    AppDefinition definition();

    /** The bot token, for Slack endpoints outside the Web API (downloading a file's {@code url_private}). */
    Secret botToken();

    /** Registers a feature; its class name is the origin named in errors. */
    void add(Feature feature);

    /** Registers with an explicit origin, e.g. {@code reactions.yaml entry 3}. */
    void add(String origin, Feature feature);
}
