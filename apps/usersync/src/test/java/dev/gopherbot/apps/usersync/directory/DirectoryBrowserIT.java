package dev.gopherbot.apps.usersync.directory;

import static dev.gopherbot.apps.usersync.UserJson.user;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.apps.usersync.AppDatabase;
import dev.gopherbot.apps.usersync.UsersyncApp;
import dev.gopherbot.apps.usersync.UsersyncFixture;
import dev.gopherbot.apps.usersync.users.SlackUser;
import dev.gopherbot.apps.usersync.users.UserStore;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.web.WebLinks;
import dev.gopherbot.common.web.WebSettings;
import dev.gopherbot.gateway.GatewayFixture;
import dev.gopherbot.testkit.browser.HeadlessChromium;
import dev.gopherbot.testkit.postgres.FreshDatabase;
import dev.gopherbot.testkit.postgres.PostgresServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The directory in headless Chromium: signing in by the bot's link, searching, and paging as a person would. */
class DirectoryBrowserIT {
    /** http on 127.0.0.1, so the browser keeps the (then not Secure) session cookie over plain HTTP. */
    private static final String PUBLIC_URL = "http://127.0.0.1";

    private GatewayFixture gateway;
    private HeadlessChromium chromium;

    @BeforeEach
    void start() throws Exception {
        HeadlessChromium.assumeAvailable();
        FreshDatabase db = PostgresServer.shared().freshDatabase();
        Map<String, String> env = new HashMap<>(UsersyncFixture.appEnv(db));
        env.put("PUBLIC_URL", PUBLIC_URL);
        env.put("USERSYNC_DIRECTORY_PAGE_SIZE", "4");
        gateway = GatewayFixture.start(env, List.of(new UsersyncApp()));
        try (AppDatabase database = new AppDatabase(db)) {
            UserStore store = new UserStore(database.dataSource());
            List<String[]> people = List.of(
                    new String[] {"U0ALICE", "Alice Liddell", "Staff Engineer", ":train:", "riding a train"},
                    new String[] {"U0BOB", "Bob Pike-ish", "Language designer", ":coffee:", "brewing"},
                    new String[] {"U0CAROL", "Carol Shaw", "Game developer", "", ""},
                    new String[] {"U0DAVE", "Dave Cheney", "Performance", ":palm_tree:", "on holiday"},
                    new String[] {"U0ERIN", "Erin Gopher", "Community", "", ""},
                    new String[] {"U0FRANK", "Frank Newcomer", "Intern", ":wave:", "new here"});
            for (String[] p : people) {
                store.apply(SlackUser.fromEvent(user(p[0]).name(p[1].split(" ")[0].toLowerCase())
                        .realName(p[1]).title(p[2]).status(p[3], p[4]).updated(1_700_000_000).json()));
            }
        }
        chromium = HeadlessChromium.start();
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void aMemberSignsInByLinkSearchesAndPagesThroughThePeople() {
        WebLinks links = new WebLinks(WebSettings.require(new Env(Map.of("WEB_SESSION_KEY", UsersyncFixture.WEB_KEY,
                "PUBLIC_URL", PUBLIC_URL))));
        String link = links.mint("U0VIEWER", "T0GOPHER", "/web/usersync/directory");
        WebDriver page = chromium.driver();

        page.get(gateway.base() + link.substring(PUBLIC_URL.length()));

        assertEquals(List.of("Alice Liddell", "Bob Pike-ish", "Carol Shaw", "Dave Cheney"), names(page));
        assertEquals("6 people", page.findElement(By.cssSelector(".summary")).getText());
        chromium.screenshot(Path.of("target", "screenshots", "usersync-directory.png"));

        page.findElement(By.linkText("Next")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> names(page).equals(List.of("Erin Gopher",
                "Frank Newcomer")));
        page.findElement(By.linkText("Previous")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> names(page).getFirst().equals("Alice Liddell"));

        WebElement search = page.findElement(By.name("q"));
        search.sendKeys("holiday", Keys.ENTER);
        await().atMost(Duration.ofSeconds(10)).until(() -> names(page).equals(List.of("Dave Cheney")));
        assertTrue(page.findElement(By.cssSelector(".status")).getText().contains("on holiday"));
        assertEquals("holiday", page.findElement(By.name("q")).getAttribute("value"));
    }

    private static List<String> names(WebDriver page) {
        return page.findElements(By.cssSelector(".person .name")).stream().map(WebElement::getText).toList();
    }
}
