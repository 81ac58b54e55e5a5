package dev.gopherbot.apps.usersync.directory;

import static dev.gopherbot.apps.usersync.UserJson.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gopherbot.apps.usersync.AppDatabase;
import dev.gopherbot.apps.usersync.UserJson;
import dev.gopherbot.apps.usersync.UsersyncApp;
import dev.gopherbot.apps.usersync.UsersyncFixture;
import dev.gopherbot.apps.usersync.WebClient;
import dev.gopherbot.apps.usersync.users.SlackUser;
import dev.gopherbot.apps.usersync.users.UserStore;
import dev.gopherbot.gateway.GatewayFixture;
import dev.gopherbot.testkit.postgres.FreshDatabase;
import dev.gopherbot.testkit.postgres.PostgresServer;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The directory over real HTTP through the gateway's sign-in, on PostgreSQL seeded as the sync would fill it. */
class DirectoryPageIT {
    private static final String TEAM = "T0GOPHER";
    private static final String PAGE = "/web/usersync/directory";
    private static final Pattern IDS = Pattern.compile("data-id=\"([^\"]+)\"");
    private static final Pattern NEXT = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"");
    private static final Pattern PREVIOUS = Pattern.compile("rel=\"prev\" href=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static GatewayFixture gateway;
    private static WebClient web;
    private static String session;
    /** The 23 active people of the workspace, in the directory's order. */
    private static List<String> active;

    @BeforeEach
    void start() throws Exception {
        if (gateway != null) {
            return;
        }
        FreshDatabase db = PostgresServer.shared().freshDatabase();
        Map<String, String> env = new HashMap<>(UsersyncFixture.appEnv(db));
        env.put("USERSYNC_DIRECTORY_PAGE_SIZE", "5");
        gateway = GatewayFixture.start(env, List.of(new UsersyncApp()));
        try (AppDatabase database = new AppDatabase(db)) {
            seed(new UserStore(database.dataSource()));
        }
        web = new WebClient(gateway.base());
        session = web.signIn("U0VIEWER", TEAM);
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
            gateway = null;
        }
    }

    @Test
    void withoutASessionThePageTheJsonAndTheStylesheetAreRefusedWith401() {
        for (String path : List.of(PAGE, PAGE + ".json", PAGE + ".css", PAGE + "?q=alice")) {
            HttpResponse<String> response = web.get(path, null);
            assertEquals(401, response.statusCode(), path);
            assertFalse(response.body().contains("Alice"), path);
        }
    }

    @Test
    void aSignedInMemberSeesActivePeopleWithAvatarTitleAndStatus() {
        HttpResponse<String> response = web.get(PAGE, session);

        assertEquals(200, response.statusCode());
        String html = response.body();
        assertTrue(html.contains("<p class=\"summary\">23 people</p>"), html);
        assertEquals(List.of("U0ALICE", "U0BOB", "U3ESC", "U300", "U301"), ids(html));
        assertTrue(html.contains("<img class=\"avatar\" src=\"https://avatars.slack-edge.com/alice_72.png\""), html);
        assertTrue(html.contains("<span class=\"name\">Alice Liddell</span> <span class=\"handle\">@alice</span>"),
                html);
        assertTrue(html.contains("<div class=\"title\">Staff Engineer</div>"), html);
        assertTrue(html.contains("<div class=\"status\">:train: riding a train</div>"), html);
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/web/usersync/directory.css\">"), html);
    }

    @Test
    void deactivatedAccountsBotsAndOtherWorkspacesAreLeftOutUnlessDeactivatedAreAskedFor() {
        List<String> everyone = walk(PAGE, session);
        assertEquals(active, everyone);
        assertFalse(everyone.contains("U0GONE"));
        assertFalse(everyone.contains("U0ROBOT"));
        assertFalse(everyone.contains("U0ELSEWHERE"));

        String html = web.get(PAGE + "?deactivated=1&q=gone", session).body();
        assertEquals(List.of("U0GONE"), ids(html));
        assertTrue(html.contains("<span class=\"badge\">deactivated</span>"), html);
    }

    @Test
    void searchFindsPeopleByAnyWordPrefixOfTheirNameTitleOrStatus() {
        assertEquals(List.of("U0ALICE"), ids(web.get(PAGE + "?q=lid", session).body()));
        assertEquals(List.of("U0ALICE"), ids(web.get(PAGE + "?q=Ali+Lid", session).body()));
        assertEquals(List.of("U0ALICE"), ids(web.get(PAGE + "?q=engin", session).body()));
        assertEquals(List.of("U0BOB"), ids(web.get(PAGE + "?q=train", session).body()));
        String none = web.get(PAGE + "?q=nobody", session).body();
        assertEquals(List.of(), ids(none));
        assertTrue(none.contains("0 people matching “nobody”"), none);
    }

    @Test
    void everythingFromSlackAndFromTheRequestIsEscaped() {
        String html = web.get(PAGE + "?q=carl", session).body();
        assertEquals(List.of("U3ESC"), ids(html));
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("Carl &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);

        String echoed = web.get(PAGE + "?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E", session).body();
        assertFalse(echoed.contains("<script>"), echoed);
        assertTrue(echoed.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""), echoed);
    }

    @Test
    void nextAndPreviousLinksWalkThroughEveryoneOnceInBothDirections() {
        List<String> forward = new ArrayList<>();
        String html = web.get(PAGE, session).body();
        List<String> pages = new ArrayList<>();
        while (true) {
            pages.add(html);
            forward.addAll(ids(html));
            Matcher next = NEXT.matcher(html);
            if (!next.find()) {
                break;
            }
            html = web.get(unescape(next.group(1)), session).body();
        }
        assertEquals(active, forward);
        assertEquals(5, pages.size());

        List<String> backward = new ArrayList<>(ids(html));
        Matcher previous = PREVIOUS.matcher(html);
        while (previous.find()) {
            html = web.get(unescape(previous.group(1)), session).body();
            List<String> page = new ArrayList<>(ids(html));
            page.addAll(backward);
            backward = page;
            previous = PREVIOUS.matcher(html);
        }
        assertEquals(active, backward);
    }

    @Test
    void theJsonEndpointPagesThroughTheSamePeople() throws Exception {
        List<String> ids = new ArrayList<>();
        String path = PAGE + ".json";
        JsonNode page;
        do {
            HttpResponse<String> response = web.get(path, session);
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
            page = JSON.readTree(response.body());
            assertEquals(23, page.path("total").asLong());
            page.path("people").forEach(p -> ids.add(p.path("id").asText()));
            path = PAGE + ".json?after=" + page.path("next").asText();
        } while (!page.path("next").isNull());

        assertEquals(active, ids);
        JsonNode alice = JSON.readTree(web.get(PAGE + ".json?q=alice", session).body()).path("people").get(0);
        assertEquals("Staff Engineer", alice.path("title").asText());
        assertEquals("https://avatars.slack-edge.com/alice_72.png", alice.path("avatar_url").asText());
    }

    @Test
    void aDamagedPageLinkOrAnOverlongSearchIs400SayingWhatToDo() throws Exception {
        HttpResponse<String> html = web.get(PAGE + "?after=damaged!", session);
        assertEquals(400, html.statusCode());
        assertTrue(html.body().contains("This page link is damaged: start again from the first page."));

        HttpResponse<String> json = web.get(PAGE + ".json?q=" + "x".repeat(101), session);
        assertEquals(400, json.statusCode());
        assertEquals("The search text is limited to 100 characters.",
                JSON.readTree(json.body()).path("error").asText());
    }

    @Test
    void theStylesheetIsCssAndThePolicyLetsSlackAvatarsLoad() {
        HttpResponse<String> css = web.get(PAGE + ".css", session);

        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertTrue(css.body().contains(".person"));
        String policy = web.get(PAGE, session).headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("img-src 'self' https://*.slack-edge.com https://secure.gravatar.com"), policy);
        assertFalse(policy.contains("style-src"), "styles stay 'self' only: " + policy);
    }

    private static void seed(UserStore store) throws Exception {
        List<UserJson> people = new ArrayList<>(List.of(
                user("U0ALICE").name("alice").realName("Alice Liddell").title("Staff Engineer")
                        .avatar("https://avatars.slack-edge.com/alice_72.png"),
                user("U0BOB").name("bob").realName("Bob Pike-ish").status(":train:", "riding a train"),
                user("U3ESC").name("esc").realName("Carl <script>alert('x')</script>")));
        for (int i = 0; i < 20; i++) {
            people.add(user(String.format("U3%02d", i)).name("p" + i).realName(String.format("Person %02d", i)));
        }
        people.add(user("U0GONE").realName("Gone Away").deleted());
        people.add(user("U0ROBOT").realName("A Robot").bot());
        people.add(user("U0ELSEWHERE").realName("Another Workspace").team("T0OTHER"));
        for (UserJson p : people) {
            store.apply(SlackUser.fromEvent(p.updated(1_700_000_000).json()));
        }
        // the directory's order: by shown name, lower case
        active = new ArrayList<>(List.of("U0ALICE", "U0BOB", "U3ESC"));
        for (int i = 0; i < 20; i++) {
            active.add(String.format("U3%02d", i));
        }
    }

    private static List<String> walk(String path, String cookie) {
        List<String> all = new ArrayList<>();
        String html = web.get(path, cookie).body();
        while (true) {
            all.addAll(ids(html));
            Matcher next = NEXT.matcher(html);
            if (!next.find()) {
                return all;
            }
            html = web.get(unescape(next.group(1)), cookie).body();
        }
    }

    private static List<String> ids(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = IDS.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static String unescape(String href) {
        return href.replace("&amp;", "&");
    }
}
