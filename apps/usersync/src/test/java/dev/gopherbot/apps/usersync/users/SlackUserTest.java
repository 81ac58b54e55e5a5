package dev.gopherbot.apps.usersync.users;

import static dev.gopherbot.apps.usersync.UserJson.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.slack.api.model.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlackUserTest {
    @Test
    void anEventsUserIsReadWithItsProfile() throws MalformedUser {
        SlackUser u = SlackUser.fromEvent(user("U0ALICE").name("alice").realName("Alice Liddell")
                .displayName("ali").title("Staff Engineer").status(":train:", "riding a train")
                .avatar("https://avatars.slack-edge.com/a_72.png").updated(1_700_000_100).deleted().json());

        assertEquals(new SlackUser("T0GOPHER", "U0ALICE", "alice", "Alice Liddell", "ali", "Staff Engineer",
                "Europe/Helsinki", "riding a train", ":train:", "https://avatars.slack-edge.com/a_72.png", false, true,
                1_700_000_100), u);
    }

    @Test
    void withoutAnUpdatedTimeAUserCannotBeOrderedAndIsMalformed() {
        MalformedUser e = assertThrows(MalformedUser.class,
                () -> SlackUser.fromEvent(user("U0ALICE").without("updated").json()));
        assertEquals("user U0ALICE has no updated time", e.getMessage());
    }

    @Test
    void withoutATeamAUserCannotBeKeyedAndIsMalformed() {
        MalformedUser e = assertThrows(MalformedUser.class,
                () -> SlackUser.fromEvent(user("U0ALICE").without("team_id").json()));
        assertEquals("user U0ALICE has no team_id", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "u0lower", "U0<script>", "U0 SPACE"})
    void anIdThatIsNotASlackIdIsMalformedAndNotQuotedInTheReason(String id) {
        MalformedUser e = assertThrows(MalformedUser.class, () -> SlackUser.fromEvent(user(id).json()));
        assertEquals("the user id is not a Slack id", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "http://avatars.example/a.png", "data:image/png;base64,AAAA"})
    void anAvatarThatIsNotHttpsIsDropped(String url) throws MalformedUser {
        assertNull(SlackUser.fromEvent(user("U0ALICE").avatar(url).json()).avatarUrl());
    }

    @Test
    void aUsersListMemberIsReadTheSameWay() throws MalformedUser {
        User member = new User();
        member.setId("U0BOB");
        member.setTeamId("T0GOPHER");
        member.setName("bob");
        member.setRealName("Bob Pike-ish");
        member.setTz("America/New_York");
        member.setBot(true);
        member.setUpdated(1_700_000_200L);
        User.Profile profile = new User.Profile();
        profile.setDisplayName("bp");
        profile.setTitle("Gopher");
        profile.setStatusEmoji(":coffee:");
        profile.setStatusText("brewing");
        profile.setImage48("https://avatars.slack-edge.com/b_48.png");
        member.setProfile(profile);

        assertEquals(new SlackUser("T0GOPHER", "U0BOB", "bob", "Bob Pike-ish", "bp", "Gopher", "America/New_York",
                "brewing", ":coffee:", "https://avatars.slack-edge.com/b_48.png", true, false, 1_700_000_200),
                SlackUser.fromApi(member));
    }
}
