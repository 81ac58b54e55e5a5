package dev.gopherbot.consumer.dispatch;

import dev.gopherbot.app.message.Message;
import dev.gopherbot.consumer.events.Event;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Which events the bot leaves alone, before any handler is consulted.
 *
 * @param botUserId   the bot's user id, from {@code auth.test} at startup
 * @param botId       the bot's bot id, from {@code auth.test}
 * @param maxEventAge events older than this are not acted on (the conversation has moved on)
 * @param shadowMode  outside production: act only on DMs and messages mentioning the bot
 */
public record Rules(String botUserId, String botId, Duration maxEventAge, boolean shadowMode, Clock clock) {
    /**
     * Subtypes that are still someone saying something: a thread reply also sent to the channel, and a message with
     * files (Slack sends uploads as {@code file_share}). Edits, joins, bot messages and the rest are ignored.
     */
    static final Set<String> HANDLED_SUBTYPES = Set.of("thread_broadcast", "file_share");

    /**
     * Why the event is ignored, or empty when handlers should see it.
     *
     * @param requeued an operator requeued it from the dead letters: its age no longer counts against it
     */
    public Optional<String> ignoreReason(Event event, boolean requeued) {
        // a conversation moves on, so old messages and joins are left alone; but data an app keeps in step (a
        // user's profile change read after an outage) is as true late as on time, and dropping it would lose it
        boolean ages = !(event instanceof Event.Other);
        if (ages && !requeued && event.eventTime() > 0
                && Instant.ofEpochSecond(event.eventTime()).plus(maxEventAge).isBefore(clock.instant())) {
            return Optional.of("older than MAX_EVENT_AGE");
        }
        return switch (event) {
            case Event.MessagePosted m -> ignoreMessage(m.message());
            case Event.TeamJoined t -> shadowMode ? Optional.of("shadow mode: not a DM or mention")
                    : Optional.empty();
            case Event.ChannelJoined c -> botUserId.equals(c.userId()) ? Optional.of("own channel join")
                    : shadowMode ? Optional.of("shadow mode: not a DM or mention") : Optional.empty();
            // a slash command or a click is addressed to the bot as plainly as a DM: acted on even in shadow mode
            case Event.SlashInvoked s -> Optional.empty();
            case Event.Interacted i -> Optional.empty();
            // data an app keeps in step (a user's profile, a third party's activity) is not a conversation: the app
            // decides what shadow mode means for it
            case Event.Other o -> Optional.empty();
            case Event.WebhookDelivered w -> Optional.empty();
            case Event.NotHandled n -> Optional.of(n.reason());
        };
    }

    private Optional<String> ignoreMessage(Message m) {
        if (botUserId.equals(m.user()) || (m.botId() != null && m.botId().equals(botId))) {
            return Optional.of("own message");
        }
        if (m.subtype() != null && !HANDLED_SUBTYPES.contains(m.subtype())) {
            return Optional.of("subtype " + m.subtype());
        }
        if (m.user() == null) {
            return Optional.of("no author");
        }
        if (shadowMode && !m.addressedToBot()) {
            return Optional.of("shadow mode: not a DM or mention");
        }
        return Optional.empty();
    }
}
