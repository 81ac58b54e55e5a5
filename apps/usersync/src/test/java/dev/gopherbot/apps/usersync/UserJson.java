package dev.gopherbot.apps.usersync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.testkit.slack.SlackPayloads;

/** A Slack user object as events and users.list carry it, built field by field for a test. */
public final class UserJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode user = JSON.createObjectNode();
    private final ObjectNode profile;

    private UserJson(String id) {
        user.put("id", id).put("team_id", SlackPayloads.TEAM_ID).put("name", id.toLowerCase())
                .put("deleted", false).put("real_name", "").put("tz", "Europe/Helsinki").put("is_bot", false)
                .put("updated", 1_700_000_000L);
        profile = user.putObject("profile").put("real_name", "").put("display_name", "").put("title", "")
                .put("status_text", "").put("status_emoji", "");
    }

    public static UserJson user(String id) {
        return new UserJson(id);
    }

    public UserJson name(String handle) {
        user.put("name", handle);
        return this;
    }

    public UserJson realName(String name) {
        user.put("real_name", name);
        profile.put("real_name", name);
        return this;
    }

    public UserJson displayName(String name) {
        profile.put("display_name", name);
        return this;
    }

    public UserJson title(String title) {
        profile.put("title", title);
        return this;
    }

    public UserJson status(String emoji, String text) {
        profile.put("status_emoji", emoji).put("status_text", text);
        return this;
    }

    public UserJson avatar(String url) {
        profile.put("image_72", url);
        return this;
    }

    public UserJson team(String teamId) {
        user.put("team_id", teamId);
        return this;
    }

    public UserJson updated(long epochSeconds) {
        user.put("updated", epochSeconds);
        return this;
    }

    public UserJson deleted() {
        user.put("deleted", true);
        return this;
    }

    public UserJson bot() {
        user.put("is_bot", true);
        return this;
    }

    public UserJson without(String field) {
        user.remove(field);
        return this;
    }

    public ObjectNode json() {
        return user.deepCopy();
    }

    /** A {@code user_change} Events API body with a fresh event id. */
    public String userChange() {
        return SlackPayloads.userChange(SlackPayloads.newEventId(), json());
    }

    public String teamJoin() {
        return SlackPayloads.teamJoin(SlackPayloads.newEventId(), json());
    }
}
