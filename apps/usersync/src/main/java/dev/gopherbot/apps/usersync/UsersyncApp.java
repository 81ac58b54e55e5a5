package dev.gopherbot.apps.usersync;

import dev.gopherbot.app.App;
import dev.gopherbot.app.AppContext;
import dev.gopherbot.apps.usersync.directory.Directory;
import dev.gopherbot.apps.usersync.directory.DirectoryJson;
import dev.gopherbot.apps.usersync.directory.DirectoryLinks;
import dev.gopherbot.apps.usersync.directory.DirectoryPage;
import dev.gopherbot.apps.usersync.directory.Stylesheet;
import dev.gopherbot.apps.usersync.events.UserEvents;
import dev.gopherbot.apps.usersync.sync.FullSync;
import dev.gopherbot.apps.usersync.sync.FullSyncCommand;
import dev.gopherbot.apps.usersync.sync.PageStep;
import dev.gopherbot.apps.usersync.sync.SyncPasses;
import dev.gopherbot.apps.usersync.team.BotTeam;
import dev.gopherbot.apps.usersync.users.UserStore;
import dev.gopherbot.common.web.WebLinks;
import dev.gopherbot.common.web.WebSettings;
import javax.sql.DataSource;

/**
 * The workspace's people in PostgreSQL: kept in step by {@code user_change} and {@code team_join}, repaired by a
 * periodic full sync through {@code users.list}, and shown to signed-in members on a directory page (docs/apps/
 * usersync.md). Every behaviour is one line here.
 */
public final class UsersyncApp implements App {
    public static final String NAME = "usersync";
    private static final String WEB = "/web/" + NAME + "/";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void define(AppContext app) {
        UsersyncSettings settings = UsersyncSettings.from(app.env());
        WebLinks links = new WebLinks(WebSettings.require(app.env()), app.clock());
        DataSource database = app.database();
        UserStore users = new UserStore(database);
        SyncPasses passes = new SyncPasses(database);
        BotTeam team = new BotTeam(app.slack());
        Directory directory = new Directory(database, app.clock());
        String page = WEB + DirectoryPage.SEGMENT;

        app.add(new UserEvents(users, settings.retryAfter()));
        app.add(new FullSync(passes, new PageStep(passes, users, database, app.slack(), team),
                settings.fullSyncSchedule(), settings.pageInterval()));
        app.add(r -> r.operatorCommand(FullSyncCommand.NAME, FullSyncCommand.USAGE, new FullSyncCommand(app.clock())));
        app.add(r -> {
            r.page(DirectoryPage.SEGMENT, "The people directory: search, pages, avatars",
                    new DirectoryPage(directory, page, WEB + Stylesheet.SEGMENT, settings.pageSize()));
            r.page(DirectoryJson.SEGMENT, "The people directory as JSON, for scripts",
                    new DirectoryJson(directory, settings.pageSize()));
            r.page(Stylesheet.SEGMENT, "The directory's stylesheet", new Stylesheet());
        });
        app.add(new DirectoryLinks(links, team, page, app.definition()));
    }
}
