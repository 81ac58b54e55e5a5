package dev.gopherbot.apps.gopherbot.commands;

import dev.gopherbot.app.Feature;
import dev.gopherbot.app.Registrar;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.apps.gopherbot.content.Community;
import dev.gopherbot.common.channels.ChannelDirectory;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code newbie resources}: a learning path for people new to Go; asked anywhere but the newbies channel, it also
 * points there, where questions at any level are welcome.
 */
public final class NewbieResources implements Feature {
    private final Community community;
    private final ChannelDirectory channels;

    public NewbieResources(Community community, ChannelDirectory channels) {
        this.community = community;
        this.channels = channels;
    }

    @Override
    public void register(Registrar registrar) {
        registrar.command("newbie resources", List.of("newbie", "newbies", "new to go", "beginner resources",
                "getting started", "i'm new"), "Where to start with Go, and where to ask beginner questions", ctx -> {
                    StringBuilder text = new StringBuilder(community.newbieResources().render(Map.of()));
                    Optional<String> newbies = community.newbiesChannel().resolve(channels);
                    if (newbies.isPresent() && !newbies.get().equals(ctx.message().channel())) {
                        text.append('\n').append(community.newbieResourcesElsewhere()
                                .render(Map.of("newbies_channel", "<#" + newbies.get() + ">")));
                    }
                    ctx.sayToMentioned(text.toString());
                    return Outcome.done();
                });
    }
}
