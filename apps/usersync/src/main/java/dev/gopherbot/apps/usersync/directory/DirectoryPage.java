package dev.gopherbot.apps.usersync.directory;

import dev.gopherbot.app.web.Html;
import dev.gopherbot.app.web.PageHandler;
import dev.gopherbot.app.web.PageRequest;
import dev.gopherbot.app.web.PageResponse;
import dev.gopherbot.apps.usersync.directory.DirectoryQuery.BadQuery;
import java.sql.SQLException;
import java.util.Locale;

/**
 * {@code /web/usersync/directory}: the signed-in viewer's workspace, a page of people at a time, with a search box
 * and previous/next links. Plain server-rendered HTML, styled by {@link Stylesheet} (the pages' policy allows no
 * inline styles or scripts). Everything from Slack or the request is escaped; avatars are Slack's {@code https://}
 * URLs only.
 */
public final class DirectoryPage implements PageHandler {
    public static final String SEGMENT = "directory";

    private final Directory directory;
    private final String path;
    private final String stylesheet;
    private final int pageSize;

    /** @param path the page's whole path, e.g. {@code /web/usersync/directory} */
    public DirectoryPage(Directory directory, String path, String stylesheet, int pageSize) {
        this.directory = directory;
        this.path = path;
        this.stylesheet = stylesheet;
        this.pageSize = pageSize;
    }

    @Override
    public PageResponse render(PageRequest request) {
        DirectoryQuery query;
        try {
            query = DirectoryQuery.from(request);
        } catch (BadQuery e) {
            return new PageResponse(400, document(searchForm(DirectoryQuery.everyone())
                    + "<p class=\"notice\">" + Html.escape(e.getMessage()) + "</p>"));
        }
        Directory.Page page;
        try {
            page = directory.find(request.viewer().teamId(), query, pageSize);
        } catch (SQLException e) {
            // the gateway answers 500 and logs it; the viewer can reload once the database is back
            throw new IllegalStateException("directory query failed: " + e.getSQLState() + " " + e.getMessage(), e);
        }
        StringBuilder body = new StringBuilder(searchForm(query)).append(summary(query, page));
        if (!page.people().isEmpty()) {
            body.append("<ul class=\"people\">\n");
            page.people().forEach(p -> body.append(person(p)));
            body.append("</ul>\n");
        }
        body.append(navigation(query, page));
        return PageResponse.ok(document(body.toString()));
    }

    private String document(String body) {
        return Html.document("People", "<link rel=\"stylesheet\" href=\"" + Html.escape(stylesheet) + "\">\n"
                + "<main>\n<h1>People</h1>\n" + body + "</main>");
    }

    private String searchForm(DirectoryQuery query) {
        return "<form class=\"search\" method=\"get\" action=\"" + Html.escape(path) + "\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" value=\"" + Html.escape(query.text()) + "\" maxlength=\""
                + DirectoryQuery.MAX_TEXT + "\" placeholder=\"Name, title or status\" aria-label=\"Search people\">"
                + "<label><input type=\"checkbox\" name=\"deactivated\" value=\"1\""
                + (query.deactivated() ? " checked" : "") + "> Include deactivated accounts</label>"
                + "<button type=\"submit\">Search</button></form>\n";
    }

    private static String summary(DirectoryQuery query, Directory.Page page) {
        String noun = page.total() == 1 ? (query.deactivated() ? "account" : "person")
                : (query.deactivated() ? "accounts" : "people");
        String count = String.format(Locale.ROOT, "%,d", page.total()) + " " + noun;
        if (!query.text().isEmpty()) {
            return "<p class=\"summary\">" + count + " matching “" + Html.escape(query.text()) + "”</p>\n";
        }
        if (page.total() == 0) {
            return "<p class=\"summary\">Nobody here yet: the first full sync fills the directory shortly after the"
                    + " app starts.</p>\n";
        }
        return "<p class=\"summary\">" + count + "</p>\n";
    }

    private static String person(Person p) {
        StringBuilder li = new StringBuilder("<li class=\"person").append(p.deleted() ? " deactivated" : "")
                .append("\" data-id=\"").append(Html.escape(p.id())).append("\">");
        if (p.avatarUrl() != null) {
            li.append("<img class=\"avatar\" src=\"").append(Html.escape(p.avatarUrl()))
                    .append("\" alt=\"\" width=\"48\" height=\"48\" loading=\"lazy\">");
        } else {
            li.append("<span class=\"avatar initial\" aria-hidden=\"true\">")
                    .append(Html.escape(initial(p.shownName()))).append("</span>");
        }
        li.append("<div class=\"about\"><span class=\"name\">").append(Html.escape(p.shownName())).append("</span>");
        if (!p.name().isEmpty()) {
            li.append(" <span class=\"handle\">@").append(Html.escape(p.name())).append("</span>");
        }
        if (p.deleted()) {
            li.append(" <span class=\"badge\">deactivated</span>");
        }
        if (!p.title().isEmpty()) {
            li.append("<div class=\"title\">").append(Html.escape(p.title())).append("</div>");
        }
        if (!p.statusText().isEmpty() || !p.statusEmoji().isEmpty()) {
            li.append("<div class=\"status\">").append(Html.escape((p.statusEmoji() + " " + p.statusText()).strip()))
                    .append("</div>");
        }
        if (p.tz() != null) {
            li.append("<div class=\"tz\">").append(Html.escape(p.tz())).append("</div>");
        }
        return li.append("</div></li>\n").toString();
    }

    private String navigation(DirectoryQuery query, Directory.Page page) {
        if (page.previous().isEmpty() && page.next().isEmpty()) {
            return "";
        }
        StringBuilder nav = new StringBuilder("<nav class=\"pages\" aria-label=\"Pages\">");
        if (page.previous().isPresent()) {
            nav.append("<a href=\"").append(Html.escape(query.firstPage(path))).append("\">First</a> ")
                    .append("<a rel=\"prev\" href=\"")
                    .append(Html.escape(query.pageBefore(path, page.previous().get()))).append("\">Previous</a> ");
        }
        if (page.next().isPresent()) {
            nav.append("<a rel=\"next\" href=\"").append(Html.escape(query.pageAfter(path, page.next().get())))
                    .append("\">Next</a>");
        }
        return nav.append("</nav>\n").toString();
    }

    private static String initial(String name) {
        return name.isEmpty() ? "?" : new String(Character.toChars(name.codePointAt(0))).toUpperCase(Locale.ROOT);
    }
}
