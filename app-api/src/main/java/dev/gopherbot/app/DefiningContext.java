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

/** The {@link AppContext} an app's {@code define} receives: registrations go into its definition. */
final class DefiningContext implements AppContext {
    private final AppDefinition definition;
    private final Services services;

    DefiningContext(AppDefinition definition, Services services) {
        this.definition = definition;
        this.services = services;
    }

    @Override
    public String name() {
        return definition.name();
    }

    @Override
    public Env env() {
        return services.env();
    }

    @Override
    public Clock clock() {
        return services.clock();
    }

    @Override
    public boolean shadowMode() {
        return services.shadowMode();
    }

    @Override
    public Keys keys() {
        return services.keys(name());
    }

    @Override
    public RedisCommands<String, String> redis() {
        return services.redis();
    }

    @Override
    public SlackCalls slack() {
        return services.slack(name());
    }

    @Override
    public ChannelDirectory channels() {
        definition.useChannels();
        return services.channels(name());
    }

    @Override
    public HttpClient http() {
        return services.http();
    }

    @Override
    public DataSource database() {
        definition.useDatabase();
        return services.database(name());
    }

    @Override
    public AppDefinition definition() {
        return definition;
    }

    @Override
    public Secret botToken() {
        return services.botToken(name());
    }

    @Override
    public void add(Feature feature) {
        add(feature.getClass().getSimpleName(), feature);
    }

    @Override
    public void add(String origin, Feature feature) {
        feature.register(new Registrar(definition, origin));
    }
}
