package dev.gopherbot.simulator.page;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.methods.MethodsClient;
import dev.gopherbot.common.config.Secret;
import dev.gopherbot.common.slack.SlackClients;
import dev.gopherbot.common.slack.SlackSettings;
import dev.gopherbot.simulator.Simulator;
import dev.gopherbot.simulator.SimulatorSettings;
import dev.gopherbot.simulator.events.DeliveryPolicy;
import dev.gopherbot.simulator.events.RecordingGateway;
import dev.gopherbot.testkit.browser.HeadlessChromium;
import dev.gopherbot.testkit.slack.FakeSlack;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The chat page in headless Chromium against the simulator; the test plays the bot through the Web API with the
 * Slack SDK, so the page is checked without depending on the bot's behaviours (the system tests do that).
 */
class PageIT {
    private static final String TOKEN = "xoxb-page-test";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static RecordingGateway gateway;
    private static Simulator simulator;
    private static HeadlessChromium chromium;
    private static MethodsClient bot;
    private WebDriver page;

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeAvailable();
        gateway = new RecordingGateway();
        simulator = Simulator.start(SimulatorSettings.oneApp("gopherbot", new Secret(TOKEN), new Secret("secret"),
                gateway.base(), new DeliveryPolicy(Duration.ofSeconds(1), List.of(Duration.ZERO))));
        bot = SlackClients.methods(new SlackSettings(new Secret(TOKEN), URI.create(simulator.apiUrl())));
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (simulator != null) {
            simulator.close();
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    @BeforeEach
    void openFreshPage() {
        page = chromium.driver();
        page.get(simulator.url());
        ((JavascriptExecutor) page).executeScript("localStorage.clear()");
        page.navigate().refresh();
        visible(By.cssSelector("#channel-list a[data-channel='C0GENERAL']"));
    }

    @Test
    void theSidebarListsTheChannelsAndShowsTheBotOnlineOnceItAuthenticates() throws Exception {
        List<String> channels = page.findElements(By.cssSelector("#channel-list a")).stream()
                .map(a -> a.getAttribute("data-channel")).toList();
        assertTrue(channels.containsAll(List.of("C0GENERAL", "C0NEWBIES", "C0RANDOM")), channels::toString);
        assertTrue(page.findElement(By.id("conversation-title")).getText().equals("#general"));

        assertTrue(bot.authTest(r -> r).isOk());

        await().atMost(WAIT).until(() -> page.findElement(By.id("bot-status")).getText().equals("gopherbot is online"));
    }

    @Test
    void aMessageTypedOnThePageReachesTheGatewayAndTheBotsAnswerShowsWithReactionsAndAttachments() throws Exception {
        openChannel("C0RANDOM");
        type(By.id("composer-input"), "@gopherbot help");
        JsonNode event = awaitEvent(e -> e.path("text").asText().equals("<@" + FakeSlack.BOT_USER_ID + "> help"));
        String ts = event.path("ts").asText();

        bot.reactionsAdd(r -> r.channel("C0RANDOM").timestamp(ts).name("wave"));
        bot.reactionsAdd(r -> r.channel("C0RANDOM").timestamp(ts).name("gopher"));
        bot.chatPostMessage(r -> r.channel("C0RANDOM").text("Here is what I can do")
                .attachmentsAsString("[{\"text\":\"*help*: this list\"}]"));
        bot.chatPostEphemeral(r -> r.channel("C0RANDOM").user("U0ALICE").text("Just for you"));

        WebElement mine = visible(By.cssSelector("#messages .message[data-ts='" + ts + "']"));
        await().atMost(WAIT).until(() -> mine(ts).findElements(By.cssSelector(".reaction")).size() == 2);
        assertEquals("👋", mine(ts).findElement(By.cssSelector(".reaction[data-emoji='wave'] .emoji")).getText());
        assertEquals("@gopherbot help", mine(ts).findElement(By.cssSelector(".text")).getText());
        WebElement answer = visible(By.xpath("//div[@id='messages']//div[contains(@class,'from-bot')]"
                + "[.//div[@class='text' and .='Here is what I can do']]"));
        assertEquals("help: this list", answer.findElement(By.cssSelector(".attachment-text")).getText());
        WebElement ephemeral = visible(By.cssSelector("#messages .message.ephemeral"));
        assertTrue(ephemeral.getText().contains("Only visible to you"), ephemeral.getText());
        chromium.screenshot(Path.of("target", "screenshots", "page.png"));
    }

    @Test
    void aReplyInAThreadIsSentWithItsThreadTsAndTheThreadShowsTheBotsReply() throws Exception {
        openChannel("C0GOTIME");
        type(By.id("composer-input"), "who is on the show this week?");
        String parent = awaitEvent(e -> e.path("text").asText().startsWith("who is on")).path("ts").asText();

        WebElement message = visible(By.cssSelector("#messages .message[data-ts='" + parent + "']"));
        ((JavascriptExecutor) page).executeScript("arguments[0].click()",
                message.findElement(By.cssSelector("button.reply")));
        type(By.id("thread-input"), "asking for a friend");
        JsonNode reply = awaitEvent(e -> e.path("text").asText().equals("asking for a friend"));
        assertEquals(parent, reply.path("thread_ts").asText());

        bot.chatPostMessage(r -> r.channel("C0GOTIME").threadTs(parent).text("Check the feed"));

        await().atMost(WAIT).until(() -> page.findElement(By.id("thread-messages")).getText().contains("Check the feed"));
        await().atMost(WAIT).until(() -> mine(parent).findElement(By.cssSelector(".replies")).getText()
                .equals("2 replies"));
        chromium.screenshot(Path.of("target", "screenshots", "thread.png"));
    }

    @Test
    void joiningTheWorkspaceSendsTeamJoinAndTheBotsDirectMessageArrives() throws Exception {
        page.findElement(By.id("join-workspace")).click();
        JsonNode join = awaitEventOfType("team_join");
        String id = join.path("user").path("id").asText();
        await().atMost(WAIT).until(() -> new Select(page.findElement(By.id("current-user")))
                .getFirstSelectedOption().getAttribute("value").equals(id));

        bot.chatPostMessage(r -> r.channel(id).text("Welcome to Gophers!"));

        WebElement dm = visible(By.cssSelector("#dm-list a.unread"));
        dm.click();
        await().atMost(WAIT).until(() -> page.findElement(By.id("messages")).getText().contains("Welcome to Gophers!"));
    }

    @Test
    void aNewPersonJoinsAChannelWithTheJoinButton() throws Exception {
        page.findElement(By.id("join-workspace")).click();
        String id = awaitEventOfType("team_join").path("user").path("id").asText();
        await().atMost(WAIT).until(() -> new Select(page.findElement(By.id("current-user")))
                .getFirstSelectedOption().getAttribute("value").equals(id));
        openChannel("C0NEWBIES");

        visible(By.id("join-channel")).click();

        JsonNode joined = awaitEvent(e -> e.path("type").asText().equals("member_joined_channel")
                && e.path("user").asText().equals(id) && e.path("channel").asText().equals("C0NEWBIES"));
        assertEquals("C0NEWBIES", joined.path("channel").asText());
        visible(By.id("composer-input"));
    }

    private void openChannel(String id) {
        visible(By.cssSelector("#channel-list a[data-channel='" + id + "']")).click();
        await().atMost(WAIT).until(() -> page.findElement(By.cssSelector("#channel-list a.active"))
                .getAttribute("data-channel").equals(id));
    }

    private void type(By input, String text) {
        WebElement box = visible(input);
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
    }

    private WebElement mine(String ts) {
        return page.findElement(By.cssSelector("#messages .message[data-ts='" + ts + "']"));
    }

    private WebElement visible(By by) {
        return await().atMost(WAIT).ignoreExceptions().until(() -> {
            WebElement e = page.findElement(by);
            return e.isDisplayed() ? e : null;
        }, Objects::nonNull);
    }

    private static JsonNode awaitEvent(java.util.function.Predicate<JsonNode> wanted) {
        return await().atMost(WAIT).until(() -> gateway.requests().stream().map(r -> r.json().path("event"))
                .filter(wanted).findFirst().orElse(null), Objects::nonNull);
    }

    /** The latest event of that type: each test that joins the workspace creates its own person. */
    private static JsonNode awaitEventOfType(String type) {
        return await().atMost(WAIT).until(() -> gateway.requests().stream().map(r -> r.json().path("event"))
                .filter(e -> e.path("type").asText().equals(type)).reduce((a, b) -> b).orElse(null),
                Objects::nonNull);
    }
}
