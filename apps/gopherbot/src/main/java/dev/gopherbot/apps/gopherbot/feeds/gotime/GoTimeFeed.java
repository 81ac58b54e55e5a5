package dev.gopherbot.apps.gopherbot.feeds.gotime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gopherbot.apps.gopherbot.feeds.Feed;
import dev.gopherbot.apps.gopherbot.feeds.FeedHttp;
import dev.gopherbot.apps.gopherbot.feeds.FeedItem;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * "Go Time is live". The live-status endpoint says whether anything is streaming (changelog.com streams several
 * shows), so a stream counts as Go Time only within {@code GOTIME_WINDOW} of the scheduled start the countdown endpoint
 * gives. Announced at most once per 24 h: the cursor is the time of the last announcement, and while it is less than
 * 24 h old neither endpoint is even called.
 *
 * <p>Shapes (see docs/bgtasks.md): status {@code {"streaming": true}}; countdown
 * {@code {"data": "2024-05-07T17:00:00Z"}} ({@code null} or absent when nothing is scheduled).
 */
public final class GoTimeFeed implements Feed {
    static final Duration AT_MOST_ONCE_PER = Duration.ofHours(24);

    private final GoTimeSettings settings;
    private final FeedHttp http;
    private final Clock clock;

    public GoTimeFeed(GoTimeSettings settings, FeedHttp http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    @Override
    public List<FeedItem> fetch(String cursor) throws Exception {
        Instant now = clock.instant();
        Instant lastAnnounced = parseTime(cursor);
        if (lastAnnounced != null && now.isBefore(lastAnnounced.plus(AT_MOST_ONCE_PER))) {
            return List.of();
        }
        JsonNode status = http.getJson(settings.statusUrl());
        if (!status.path("streaming").asBoolean(false)) {
            return List.of();
        }
        JsonNode countdown = http.getJson(settings.countdownUrl());
        String scheduled = countdown.path("data").asText(null);
        if (scheduled == null) {
            return List.of();
        }
        Instant start = parseTime(scheduled);
        if (start == null) {
            throw new IOException("Go Time countdown has an unreadable start time: " + scheduled);
        }
        if (Duration.between(start, now).abs().compareTo(settings.window()) > 0) {
            return List.of();
        }
        return List.of(new FeedItem("live:" + start, now.toString(), start, text(settings.link()), false));
    }

    static String text(String link) {
        return ":tada: Go Time is live! :tada: Join the show: <" + link + ">";
    }

    private static Instant parseTime(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
