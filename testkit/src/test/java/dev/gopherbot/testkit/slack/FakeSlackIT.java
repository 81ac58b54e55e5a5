package dev.gopherbot.testkit.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsListResponse;
import com.slack.api.model.ConversationType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fake answers the real Slack SDK the way Slack does: shapes, errors, pagination, rate limits. */
class FakeSlackIT {
    private static FakeSlack slack;
    private static Slack sdk;

    @BeforeAll
    static void start() {
        slack = FakeSlack.start();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        sdk = Slack.getInstance(config);
    }

    @AfterAll
    static void stop() {
        slack.close();
    }

    private static MethodsClient bot() {
        return sdk.methods(FakeSlack.BOT_TOKEN);
    }

    @Test
    void aPostedMessageIsRecordedWithItsParametersAndStoredInTheChannel() throws Exception {
        ChatPostMessageResponse res = bot().chatPostMessage(r -> r.channel("C0GENERAL").text("hello gophers"));

        assertTrue(res.isOk());
        Call call = slack.calls("chat.postMessage").getLast();
        assertEquals("C0GENERAL", call.param("channel"));
        assertEquals("hello gophers", call.param("text"));
        assertEquals("hello gophers", slack.workspace().message("C0GENERAL", res.getTs()).orElseThrow().text);
    }

    @Test
    void aWrongTokenIsAnsweredWithInvalidAuth() throws Exception {
        var res = sdk.methods("xoxb-wrong").authTest(r -> r);

        assertFalse(res.isOk());
        assertEquals("invalid_auth", res.getError());
    }

    @Test
    void conversationsListPagesThroughEveryPublicUnarchivedChannelWithCursors() throws Exception {
        List<String> names = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String c = cursor;
            ConversationsListResponse page = bot().conversationsList(r -> r.limit(2).cursor(c).excludeArchived(true)
                    .types(List.of(ConversationType.PUBLIC_CHANNEL)));
            assertTrue(page.isOk(), page.getError());
            page.getChannels().forEach(ch -> names.add(ch.getName()));
            cursor = page.getResponseMetadata().getNextCursor();
            pages++;
        } while (cursor != null && !cursor.isEmpty());

        assertTrue(names.contains("newbies"));
        assertFalse(names.contains("old-announcements"), "archived channels are excluded");
        assertEquals((names.size() + 1) / 2, pages);
    }

    @Test
    void usersListPagesThroughEveryoneWithTheirProfilesAndSlacksUpdatedClock() throws Exception {
        Workspace workspace = Workspace.seeded();
        workspace.changeProfile("U0ALICE", p -> p.withTitle("Staff Engineer").withStatus(":train:", "on a train")
                .withAvatar("https://avatars.slack-edge.com/alice_72.png"));
        long before = workspace.profile("U0BOB").updated();
        workspace.changeProfile("U0BOB", p -> p.withDeleted(true));
        workspace.removeUser("U0CAROL");
        try (FakeSlack fake = FakeSlack.start(workspace, FakeSlack.BOT_TOKEN, 0)) {
            MethodsClient client = Slack.getInstance(configFor(fake)).methods(FakeSlack.BOT_TOKEN);
            List<com.slack.api.model.User> all = new ArrayList<>();
            String cursor = null;
            do {
                String page = cursor;
                var res = client.usersList(r -> r.limit(2).cursor(page));
                assertTrue(res.isOk(), res.getError());
                all.addAll(res.getMembers());
                cursor = res.getResponseMetadata().getNextCursor();
            } while (!cursor.isEmpty());

            assertEquals(List.of("U0GOPHERBOT", "U0ALICE", "U0BOB"), all.stream().map(u -> u.getId()).toList());
            var alice = all.get(1);
            assertEquals("Staff Engineer", alice.getProfile().getTitle());
            assertEquals("on a train", alice.getProfile().getStatusText());
            assertEquals("https://avatars.slack-edge.com/alice_72.png", alice.getProfile().getImage72());
            assertTrue(all.get(2).isDeleted());
            assertTrue(all.get(2).getUpdated() > before, "a change moves updated forward");
        }
    }

    private static SlackConfig configFor(FakeSlack fake) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        config.setStatsEnabled(false);
        return config;
    }

    @Test
    void aScriptedRateLimitSurfacesAsAnExceptionCarryingRetryAfter() {
        slack.failNext("reactions.add", Failure.rateLimited(7));

        SlackApiException e = assertThrows(SlackApiException.class,
                () -> bot().reactionsAdd(r -> r.channel("C0GENERAL").timestamp("1.000001").name("gopher")));

        assertEquals(429, e.getResponse().code());
        assertEquals("7", e.getResponse().header("Retry-After"));
    }

    @Test
    void reactingTwiceWithTheSameEmojiIsAlreadyReacted() throws Exception {
        String ts = bot().chatPostMessage(r -> r.channel("C0RANDOM").text("react to me")).getTs();

        assertTrue(bot().reactionsAdd(r -> r.channel("C0RANDOM").timestamp(ts).name("wave")).isOk());
        var again = bot().reactionsAdd(r -> r.channel("C0RANDOM").timestamp(ts).name("wave"));

        assertEquals("already_reacted", again.getError());
    }

    @Test
    void openingADirectMessageReturnsTheSameChannelEveryTime() throws Exception {
        String first = bot().conversationsOpen(r -> r.users(List.of("U0ALICE"))).getChannel().getId();
        String second = bot().conversationsOpen(r -> r.users(List.of("U0ALICE"))).getChannel().getId();

        assertEquals(first, second);
        assertTrue(first.startsWith("D"));
    }
}
