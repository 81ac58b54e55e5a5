package dev.gopherbot.testkit.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Web API's read side of the workspace: {@code conversations.open/list/info/members}, {@code users.info} and
 * {@code users.list}, answered for the calling bot (its membership, its DMs).
 */
final class DirectoryMethods {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DEFAULT_PAGE = 100;

    private final Workspace workspace;

    DirectoryMethods(Workspace workspace) {
        this.workspace = workspace;
    }

    ObjectNode open(Map<String, String> p, SlackBot bot) {
        String users = p.getOrDefault("users", "");
        if (users.isBlank() || users.contains(",")) {
            return SlackWebApi.error(users.isBlank() ? "users_list_not_supplied" : "not_implemented");
        }
        if (workspace.user(users).isEmpty()) {
            return SlackWebApi.error("user_not_found");
        }
        ObjectNode res = SlackWebApi.ok();
        res.putObject("channel").put("id", workspace.imWith(bot.userId(), users).id());
        return res;
    }

    ObjectNode list(Map<String, String> p, SlackBot bot) {
        boolean excludeArchived = "true".equals(p.get("exclude_archived")) || "1".equals(p.get("exclude_archived"));
        String types = p.getOrDefault("types", "public_channel");
        List<Workspace.Channel> all = new ArrayList<>();
        for (Workspace.Channel c : workspace.channels()) {
            boolean wanted = c.isIm() ? types.contains("im") && bot.userId().equals(workspace.imBot(c))
                    : c.isPrivate() ? types.contains("private_channel") : types.contains("public_channel");
            if (wanted && !(excludeArchived && c.isArchived())) {
                all.add(c);
            }
        }
        return page(p, all, "channels", c -> channelJson(c, bot));
    }

    ObjectNode info(Map<String, String> p, SlackBot bot) {
        return workspace.channel(p.getOrDefault("channel", "")).map(c -> {
            ObjectNode res = SlackWebApi.ok();
            res.set("channel", channelJson(c, bot));
            return res;
        }).orElseGet(() -> SlackWebApi.error("channel_not_found"));
    }

    ObjectNode members(Map<String, String> p) {
        return workspace.channel(p.getOrDefault("channel", ""))
                .map(c -> page(p, workspace.members(c.id()), "members",
                        TextNode::valueOf))
                .orElseGet(() -> SlackWebApi.error("channel_not_found"));
    }

    ObjectNode userInfo(Map<String, String> p) {
        return workspace.user(p.getOrDefault("user", "")).map(u -> {
            ObjectNode res = SlackWebApi.ok();
            res.set("user", userJson(workspace, u));
            return res;
        }).orElseGet(() -> SlackWebApi.error("user_not_found"));
    }

    /** Every user, deactivated ones included, a page at a time as Slack pages it (limit, then next_cursor). */
    ObjectNode userList(Map<String, String> p) {
        ObjectNode res = page(p, List.copyOf(workspace.users()), "members", u -> userJson(workspace, u));
        return res.path("ok").asBoolean() ? res.put("cache_ts", java.time.Instant.now().getEpochSecond()) : res;
    }

    /** A user as Slack describes one ({@link SlackPayloads#user}); a bot also names its bot and app. */
    static ObjectNode userJson(Workspace workspace, Workspace.User u) {
        ObjectNode user = SlackPayloads.user(u, workspace.profile(u.id()));
        workspace.botByUser(u.id()).ifPresent(b -> ((ObjectNode) user.path("profile")).put("bot_id", b.botId())
                .put("api_app_id", b.appId()));
        return user;
    }

    private ObjectNode channelJson(Workspace.Channel c, SlackBot bot) {
        List<String> members = workspace.members(c.id());
        ObjectNode o = JSON.createObjectNode().put("id", c.id()).put("name", c.name())
                .put("is_channel", !c.isIm() && !c.isPrivate()).put("is_group", c.isPrivate() && !c.isIm())
                .put("is_im", c.isIm()).put("is_private", c.isPrivate()).put("is_archived", c.isArchived())
                .put("is_member", members.contains(bot.userId())).put("num_members", members.size())
                .put("created", 1_600_000_000L);
        if (c.isIm()) {
            o.put("user", c.imUser());
        }
        return o;
    }

    /** Slack's cursor pagination: {@code limit} items from {@code cursor}, and the next cursor or "". */
    private static <T> ObjectNode page(Map<String, String> p, List<T> all, String field,
                                       Function<T, JsonNode> json) {
        int limit = SlackWebApi.parseInt(p.get("limit"), DEFAULT_PAGE);
        int start = SlackWebApi.blank(p.get("cursor")) ? 0 : decodeCursor(p.get("cursor"));
        if (start < 0) {
            return SlackWebApi.error("invalid_cursor");
        }
        ObjectNode res = SlackWebApi.ok();
        ArrayNode arr = res.putArray(field);
        int end = Math.min(all.size(), start + Math.max(1, limit));
        for (T item : all.subList(Math.min(start, all.size()), end)) {
            arr.add(json.apply(item));
        }
        res.putObject("response_metadata").put("next_cursor", end < all.size() ? encodeCursor(end) : "");
        return res;
    }

    private static String encodeCursor(int offset) {
        return Base64.getEncoder().encodeToString(("offset:" + offset).getBytes());
    }

    private static int decodeCursor(String cursor) {
        try {
            String s = new String(Base64.getDecoder().decode(cursor));
            return s.startsWith("offset:") ? Integer.parseInt(s.substring(7)) : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
