package dev.gopherbot.systemtests.simulator;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.channels.ChannelKeys;
import dev.gopherbot.common.config.Secret;
import dev.gopherbot.simulator.Simulator;
import dev.gopherbot.simulator.SimulatorSettings;
import dev.gopherbot.simulator.events.DeliveryPolicy;
import dev.gopherbot.testkit.browser.HeadlessChromium;
import dev.gopherbot.testkit.redis.RedisServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole bot from a browser, as {@code ./gopherbot dev} runs it: a real Redis, gateway.jar and consumer.jar as
 * child processes, the simulator, and the chat page in headless Chromium. Skipped when Chromium is not installed.
 */
class SimulatorBrowserIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static RedisServer redis;
    private static Simulator simulator;
    private static ChildJar gateway;
    private static ChildJar consumer;
    private static ChildJar bgtasks;
    private static HeadlessChromium chromium;
    private WebDriver page;

    @BeforeAll
    static void startTheBot() throws Exception {
        HeadlessChromium.assumeAvailable();
        redis = RedisServer.startEphemeral();
        String secret = randomHex(16);
        String token = "xoxb-local-" + randomHex(12);
        int gatewayPort = freePort();
        simulator = Simulator.start(SimulatorSettings.oneApp("gopherbot", new Secret(token), new Secret(secret),
                URI.create("http://127.0.0.1:" + gatewayPort),
                new DeliveryPolicy(Duration.ofSeconds(3), List.of(Duration.ZERO, Duration.ofSeconds(1)))));
        // production, as ./gopherbot dev: shadow mode would ignore plain channel messages (see docs/simulator.md)
        Map<String, String> env = Map.of("REDIS_URL", redis.url(), "LOG_FORMAT", "text", "BOT_ENV", "production",
                "SLACK_SIGNING_SECRET", secret, "SLACK_BOT_TOKEN", token, "SLACK_API_URL", simulator.apiUrl());
        gateway = ChildJar.start("gateway", with(env, "PORT", Integer.toString(gatewayPort)));
        consumer = ChildJar.start("consumer", env);
        bgtasks = ChildJar.start("bgtasks", env); // fills the channel cache the welcome DM lists channels from
        awaitOk("gateway", gateway, "http://127.0.0.1:" + gatewayPort + "/healthz");
        awaitOk("consumer", consumer, simulator.url() + "sim/bot-online");
        String cacheByName = ChannelKeys.of(new dev.gopherbot.common.redis.Keys(
                dev.gopherbot.common.redis.Keys.DEFAULT_PREFIX).forApp("gopherbot")).byName();
        await().atMost(WAIT).until(() -> !redis.command("HLEN " + cacheByName).equals(":0"));
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stopTheBot() throws Exception {
        if (chromium != null) {
            try {
                screenshotOfGeneral();
            } finally {
                chromium.close();
            }
        }
        if (bgtasks != null) {
            bgtasks.close();
        }
        if (consumer != null) {
            consumer.close();
        }
        if (gateway != null) {
            gateway.close();
        }
        if (simulator != null) {
            simulator.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    @BeforeEach
    void openThePageAsAlice() {
        page = chromium.driver();
        page.get(simulator.url());
        ((JavascriptExecutor) page).executeScript("localStorage.clear()");
        page.navigate().refresh();
        visible(By.cssSelector("#channel-list a[data-channel='C0GENERAL']"));
    }

    @Test
    void helpAskedInAChannelIsAnsweredOnThePage() {
        openChannel("C0GENERAL");

        type("@gopherbot help");

        // help lists every command, itself included
        WebElement answer = visible(By.xpath("//div[@id='messages']//div[contains(@class,'from-bot')]"
                + "[.//code[normalize-space(.)='help']]"));
        assertEquals("gopherbot", answer.findElement(By.cssSelector(".author")).getText());
    }

    @Test
    void aReactionTriggerShowsTheEmojiOnTheMessage() {
        openChannel("C0GENERAL");

        type("Good morning, my adorable little gophers!");

        WebElement message = visible(By.xpath("//div[@id='messages']//div[contains(@class,'message')]"
                + "[@data-user='U0ALICE'][.//div[@class='text' and .='Good morning, my adorable little gophers!']]"));
        String ts = message.getAttribute("data-ts");
        // reactions.yaml: "my adorable little gophers" → :gopher:, drawn as a text chip
        WebElement chip = visible(By.cssSelector("#messages .message[data-ts='" + ts + "'] .reaction[data-emoji='gopher']"));
        assertEquals("1", chip.findElement(By.cssSelector(".count")).getText());
    }

    @Test
    void joiningTheWorkspaceBringsAWelcomeDirectMessage() {
        visible(By.id("join-workspace")).click();

        // the page redraws the user list as the bot's welcome DM arrives: an element can go stale between reads
        await().atMost(WAIT).ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                .until(() -> !new Select(page.findElement(By.id("current-user")))
                        .getFirstSelectedOption().getAttribute("value").equals("U0ALICE"));
        WebElement dm = visible(By.cssSelector("#dm-list a.unread"));
        dm.click();

        // community.yaml's welcome: the code of conduct and the recommended channels, from the bot
        WebElement welcome = visible(By.xpath("//div[@id='messages']//div[contains(@class,'from-bot')]"
                + "[.//div[@class='text' and contains(., 'welcome to the Gophers Slack')]]"));
        assertTrue(welcome.getText().contains("https://go.dev/conduct"), welcome.getText());
        assertTrue(welcome.getText().contains("#newbies"), welcome.getText());
    }

    /** The picture for docs/simulator.md: #general as alice, after the tests talked to the bot there. */
    private static void screenshotOfGeneral() {
        WebDriver driver = chromium.driver();
        driver.get(simulator.url());
        ((JavascriptExecutor) driver).executeScript("localStorage.clear()");
        driver.navigate().refresh();
        try {
            await().atMost(WAIT).until(() -> !driver.findElements(By.cssSelector("#messages .message")).isEmpty());
        } catch (ConditionTimeoutException e) {
            // a failed run still gets its picture: it shows what the page had
        }
        chromium.screenshot(SCREENSHOTS.resolve("simulator.png"));
    }

    private void openChannel(String id) {
        visible(By.cssSelector("#channel-list a[data-channel='" + id + "']")).click();
        await().atMost(WAIT).until(() -> Objects.equals(page.findElement(By.cssSelector("#channel-list a.active"))
                .getAttribute("data-channel"), id));
    }

    private void type(String text) {
        WebElement box = visible(By.id("composer-input"));
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
    }

    private WebElement visible(By by) {
        return await().atMost(WAIT).ignoreExceptions().until(() -> {
            WebElement e = page.findElement(by);
            return e.isDisplayed() ? e : null;
        }, Objects::nonNull);
    }

    private static void awaitOk(String name, ChildJar process, String url) {
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
            if (!process.alive()) {
                throw new AssertionError(name + " exited during startup\n" + process.output());
            }
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        });
    }

    private static Map<String, String> with(Map<String, String> env, String name, String value) {
        Map<String, String> copy = new java.util.HashMap<>(env);
        copy.put(name, value);
        return copy;
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
