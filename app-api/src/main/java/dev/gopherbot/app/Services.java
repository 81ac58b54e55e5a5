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
 * What a process offers the apps it hosts (see {@code host.ProcessServices}). Each service opens on first use, so
 * a process only connects to what its apps use.
 */
public interface Services {
    Env env();

    Clock clock();

    boolean shadowMode();

    /** {@code app}'s key space. */
    Keys keys(String app);

    RedisCommands<String, String> redis();

    SlackCalls slack(String app);

    Secret botToken(String app);

    ChannelDirectory channels(String app);

    HttpClient http();

    DataSource database(String app);
}
