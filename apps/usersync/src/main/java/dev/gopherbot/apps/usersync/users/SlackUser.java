package dev.gopherbot.apps.usersync.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.model.User;
import java.util.regex.Pattern;

/**
 * One Slack user as stored: what the directory shows, and Slack's {@code updated} time that orders changes. Read from
 * an event's {@code user} object ({@link #fromEvent}) or a {@code users.list} member ({@link #fromApi}), with the same
 * rules: an id, a team and an {@code updated} time are required (without them a row can be neither keyed nor
 * ordered); everything else may be missing and is stored empty.
 *
 * @param avatarUrl an {@code https://} image of about 72 px, or null (anything else is dropped: it ends up in an
 *                  {@code <img src>})
 * @param updated   Slack's {@code updated}, epoch seconds
 */
public record SlackUser(String teamId, String id, String name, String realName, String displayName, String title,
                        String tz, String statusText, String statusEmoji, String avatarUrl, boolean isBot,
                        boolean deleted, long updated) {
    /** Slack ids are short runs of capital letters and digits ({@code U…}, {@code W…}, {@code T…}, {@code E…}). */
    public static final Pattern SLACK_ID = Pattern.compile("[A-Z0-9]{2,64}");

    /**
     * From the {@code user} object of a {@code user_change} or {@code team_join} event.
     *
     * @throws MalformedUser naming what is missing or invalid
     */
    public static SlackUser fromEvent(JsonNode user) throws MalformedUser {
        if (user == null || !user.isObject()) {
            throw new MalformedUser("the event has no user object");
        }
        JsonNode profile = user.path("profile");
        JsonNode updated = user.get("updated");
        if (updated == null || !updated.canConvertToLong() || updated.asLong() <= 0) {
            throw new MalformedUser("user " + safeId(text(user, "id")) + " has no updated time");
        }
        return of(text(user, "team_id"), text(user, "id"), text(user, "name"),
                first(text(user, "real_name"), text(profile, "real_name")), text(profile, "display_name"),
                text(profile, "title"), text(user, "tz"), text(profile, "status_text"),
                text(profile, "status_emoji"), avatar(text(profile, "image_72"), text(profile, "image_48"),
                        text(profile, "image_192"), text(profile, "image_512")),
                user.path("is_bot").asBoolean(false), user.path("deleted").asBoolean(false), updated.asLong());
    }

    /**
     * From a {@code users.list} member.
     *
     * @throws MalformedUser naming what is missing or invalid
     */
    public static SlackUser fromApi(User user) throws MalformedUser {
        if (user.getUpdated() == null || user.getUpdated() <= 0) {
            throw new MalformedUser("user " + safeId(user.getId()) + " has no updated time");
        }
        User.Profile p = user.getProfile() == null ? new User.Profile() : user.getProfile();
        return of(user.getTeamId(), user.getId(), user.getName(), first(user.getRealName(), p.getRealName()),
                p.getDisplayName(), p.getTitle(), user.getTz(), p.getStatusText(), p.getStatusEmoji(),
                avatar(p.getImage72(), p.getImage48(), p.getImage192(), p.getImage512()), user.isBot(),
                user.isDeleted(), user.getUpdated());
    }

    private static SlackUser of(String teamId, String id, String name, String realName, String displayName,
                                String title, String tz, String statusText, String statusEmoji, String avatarUrl,
                                boolean isBot, boolean deleted, long updated) throws MalformedUser {
        if (id == null || !SLACK_ID.matcher(id).matches()) {
            throw new MalformedUser(id == null ? "the user has no id" : "the user id is not a Slack id");
        }
        if (teamId == null || !SLACK_ID.matcher(teamId).matches()) {
            throw new MalformedUser("user " + id + (teamId == null ? " has no team_id" : " has an invalid team_id"));
        }
        return new SlackUser(teamId, id, orEmpty(name), orEmpty(realName), orEmpty(displayName), orEmpty(title),
                tz == null || tz.isBlank() ? null : tz, orEmpty(statusText), orEmpty(statusEmoji), avatarUrl, isBot,
                deleted, updated);
    }

    /** The first {@code https://} candidate: Slack always serves avatars over https, anything else is not Slack's. */
    private static String avatar(String... candidates) {
        for (String url : candidates) {
            if (url != null && url.startsWith("https://") && url.length() <= 2048) {
                return url;
            }
        }
        return null;
    }

    /** An id for an error message only when it looks like one: a reason must not carry arbitrary input. */
    private static String safeId(String id) {
        return id != null && SLACK_ID.matcher(id).matches() ? id : "(without a valid id)";
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    private static String first(String a, String b) {
        return a != null && !a.isEmpty() ? a : b;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
