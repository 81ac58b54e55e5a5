package dev.gopherbot.apps.usersync.sync;

import com.slack.api.methods.response.users.UsersListResponse;
import com.slack.api.model.User;
import dev.gopherbot.app.job.RetryLater;
import dev.gopherbot.apps.usersync.sync.SyncPasses.Pass;
import dev.gopherbot.apps.usersync.team.BotTeam;
import dev.gopherbot.apps.usersync.users.MalformedUser;
import dev.gopherbot.apps.usersync.users.SlackUser;
import dev.gopherbot.apps.usersync.users.UserStore;
import dev.gopherbot.common.slack.SlackCallFailed;
import dev.gopherbot.common.slack.SlackCalls;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One step of the open full sync: one {@code users.list} page, applied with {@link UserStore.Rule#NEWER_OR_SAME},
 * its users marked seen and the pass moved past it, all in one transaction. The last page also deactivates whoever
 * the pass did not see and closes it. bgtasks runs a step every {@code USERSYNC_PAGE_INTERVAL}, which paces the pass
 * below Slack's Tier 2 limit (about 20 requests a minute) and keeps each job run short; a 429 is waited out by
 * {@link SlackCalls} as {@code Retry-After} says, or handed to bgtasks as a {@link RetryLater}.
 */
public final class PageStep {
    /** Slack's recommended maximum for {@code users.list}. */
    public static final int PAGE_SIZE = 200;
    private static final Logger log = LoggerFactory.getLogger(PageStep.class);

    /** What a step did. */
    public enum Result {
        /** No pass is open. */
        IDLE,
        /** A page was applied; the pass goes on. */
        PAGE,
        /** The last page was applied and the pass closed. */
        COMPLETED,
        /** Another runner moved the pass first (this one was late, e.g. after losing the lease): nothing written. */
        OVERTAKEN
    }

    private final SyncPasses passes;
    private final UserStore store;
    private final DataSource database;
    private final SlackCalls slack;
    private final BotTeam team;

    public PageStep(SyncPasses passes, UserStore store, DataSource database, SlackCalls slack, BotTeam team) {
        this.passes = passes;
        this.store = store;
        this.database = database;
        this.slack = slack;
        this.team = team;
    }

    public Result run() throws SQLException, RetryLater {
        passes.requestInitialIfNone();
        Optional<Pass> open = passes.open();
        if (open.isEmpty()) {
            return Result.IDLE;
        }
        Pass pass = open.get();
        if (!pass.started()) {
            passes.start(pass.id(), team.id());
            pass = passes.open().orElse(null);
            if (pass == null || !pass.started()) {
                return Result.OVERTAKEN;
            }
        }
        UsersListResponse page;
        try {
            String cursor = pass.nextCursor();
            page = slack.call("users.list", m -> m.usersList(r -> r.limit(PAGE_SIZE).cursor(cursor)));
        } catch (SlackCallFailed e) {
            if (e.kind() == SlackCallFailed.Kind.RATE_LIMITED) {
                throw new RetryLater("Slack rate-limited users.list", e.retryAfter());
            }
            if ("invalid_cursor".equals(e.error()) && passes.restartFromFirstPage(pass)) {
                // cursors do not last forever (a pass that waited out a long outage): list again from the start;
                // users seen so far stay seen in this pass
                log.atWarn().addKeyValue("pass", pass.id()).log("users.list refused the cursor; pass starts over");
                return Result.PAGE;
            }
            throw e;
        }
        return apply(pass, page);
    }

    private Result apply(Pass pass, UsersListResponse page) throws SQLException {
        List<SlackUser> users = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        int malformed = 0;
        for (User member : page.getMembers() == null ? List.<User>of() : page.getMembers()) {
            try {
                SlackUser user = SlackUser.fromApi(member);
                users.add(user);
                seen.add(user.id());
            } catch (MalformedUser e) {
                malformed++;
                log.atWarn().addKeyValue("pass", pass.id()).addKeyValue("reason", e.getMessage())
                        .log("users.list member skipped");
                if (member.getId() != null && SlackUser.SLACK_ID.matcher(member.getId()).matches()) {
                    seen.add(member.getId()); // unreadable today, but present: not to be deactivated
                }
            }
        }
        String next = page.getResponseMetadata() == null ? null : page.getResponseMetadata().getNextCursor();
        boolean last = next == null || next.isBlank();
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            try {
                int changed = store.applyAll(c, users);
                store.markSeen(c, pass.teamId(), seen, pass.id());
                if (!passes.advance(c, pass, last ? null : next, seen.size(), changed)) {
                    c.rollback();
                    return Result.OVERTAKEN;
                }
                int deactivated = 0;
                if (last) {
                    deactivated = store.deactivateMissing(c, pass.teamId(), pass.id(), pass.startedAt());
                    passes.complete(c, pass.id(), deactivated);
                }
                c.commit();
                log.atInfo().addKeyValue("pass", pass.id()).addKeyValue("page", pass.pages() + 1)
                        .addKeyValue("users", users.size()).addKeyValue("changed", changed)
                        .addKeyValue("malformed", malformed).addKeyValue("last", last)
                        .addKeyValue("deactivated", deactivated).log("full sync page applied");
                return last ? Result.COMPLETED : Result.PAGE;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }
}
