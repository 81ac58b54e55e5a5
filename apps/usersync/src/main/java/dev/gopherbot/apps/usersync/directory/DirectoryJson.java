package dev.gopherbot.apps.usersync.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.app.web.PageHandler;
import dev.gopherbot.app.web.PageRequest;
import dev.gopherbot.app.web.PageResponse;
import dev.gopherbot.apps.usersync.directory.DirectoryQuery.BadQuery;
import java.sql.SQLException;

/**
 * {@code /web/usersync/directory.json}: the same query parameters, sign-in and pages as the HTML directory, for
 * scripts: {@code {"total":…, "people":[…], "previous":<cursor>|null, "next":<cursor>|null}}; pass {@code next} as
 * {@code after} (or {@code previous} as {@code before}) to page on. A bad parameter is 400
 * {@code {"error":"…"}}.
 */
public final class DirectoryJson implements PageHandler {
    public static final String SEGMENT = "directory.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Directory directory;
    private final int pageSize;

    public DirectoryJson(Directory directory, int pageSize) {
        this.directory = directory;
        this.pageSize = pageSize;
    }

    @Override
    public PageResponse render(PageRequest request) {
        DirectoryQuery query;
        try {
            query = DirectoryQuery.from(request);
        } catch (BadQuery e) {
            return PageResponse.json(400, JSON.createObjectNode().put("error", e.getMessage()).toString());
        }
        Directory.Page page;
        try {
            page = directory.find(request.viewer().teamId(), query, pageSize);
        } catch (SQLException e) {
            throw new IllegalStateException("directory query failed: " + e.getSQLState() + " " + e.getMessage(), e);
        }
        ObjectNode root = JSON.createObjectNode().put("total", page.total());
        ArrayNode people = root.putArray("people");
        for (Person p : page.people()) {
            people.addObject().put("id", p.id()).put("team_id", p.teamId()).put("name", p.name())
                    .put("real_name", p.realName()).put("display_name", p.displayName()).put("title", p.title())
                    .put("tz", p.tz()).put("status_text", p.statusText()).put("status_emoji", p.statusEmoji())
                    .put("avatar_url", p.avatarUrl()).put("deleted", p.deleted()).put("updated", p.updated());
        }
        root.put("previous", page.previous().map(Cursor::encode).orElse(null));
        root.put("next", page.next().map(Cursor::encode).orElse(null));
        return PageResponse.json(200, root.toString());
    }
}
