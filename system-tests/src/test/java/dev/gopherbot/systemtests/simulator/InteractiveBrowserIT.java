package dev.gopherbot.systemtests.simulator;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gopherbot.app.App;
import dev.gopherbot.app.handler.InteractionContext;
import dev.gopherbot.app.handler.Outcome;
import dev.gopherbot.app.slack.Response;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.config.Secret;
import dev.gopherbot.consumer.ConsumerApp;
import dev.gopherbot.gateway.GatewayApp;
import dev.gopherbot.simulator.Simulator;
import dev.gopherbot.simulator.SimulatorSettings;
import dev.gopherbot.simulator.events.DeliveryPolicy;
import dev.gopherbot.testkit.browser.HeadlessChromium;
import dev.gopherbot.testkit.redis.RedisServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Slash command → modal → submit → message with buttons → click → updated message, from the page in headless
 * Chromium to a tiny app defined here, run by a real gateway and consumer in this JVM on a real Redis. Saves
 * {@code target/screenshots/simulator-interactive.png} (the modal) for docs/simulator.md.
 */
class InteractiveBrowserIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = "book_room";

    private static RedisServer redis;
    private static GatewayApp gateway;
    private static Simulator simulator;
    private static ConsumerApp consumer;
    private static HeadlessChromium chromium;

    /** Books a meeting room: the form, a check the gateway runs while it is open, the card and its buttons. */
    private static App desk() {
        return App.of("desk", app -> app.add("Desk", r -> {
            r.slash("/desk", "book", "book", "Books a meeting room", ctx -> {
                ctx.openModal(bookingForm(ctx.request().channelId()));
                return Outcome.done();
            });
            r.submissionCheck(FORM, view -> view.at("/state/values/topic/topic/value").asText("").strip().length() < 5
                    ? Map.of("topic", "Say what the meeting is about (5 characters or more).") : Map.of());
            r.onSubmission(FORM, "Posts the booking with buttons", ctx -> {
                var values = ctx.payload().view().path("state").path("values");
                String room = values.at("/room/room/selected_option/text/text").asText();
                String day = values.at("/day/day/selected_date").asText();
                String topic = values.at("/topic/topic/value").asText();
                String channel = ctx.payload().view().path("private_metadata").asText();
                ctx.slack().post(channel, room + " on " + day, card(room, day, topic, ctx.userId()));
                return Outcome.done();
            });
            r.onAction("confirm", "Confirms a booking", InteractiveBrowserIT::confirmed);
        }));
    }

    private static Outcome confirmed(InteractionContext ctx) {
        ArrayNode blocks = JSON.createArrayNode();
        blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn")
                .put("text", ":white_check_mark: *" + ctx.action().value() + "* confirmed by <@" + ctx.userId() + ">");
        ctx.respond(Response.inChannel("Confirmed").withBlocks(blocks).replacingOriginal());
        return Outcome.done();
    }

    private static String bookingForm(String channel) {
        ObjectNode view = JSON.createObjectNode().put("type", "modal").put("callback_id", FORM)
                .put("private_metadata", channel);
        view.putObject("title").put("type", "plain_text").put("text", "Book a room");
        view.putObject("submit").put("type", "plain_text").put("text", "Book");
        view.putObject("close").put("type", "plain_text").put("text", "Cancel");
        ArrayNode blocks = view.putArray("blocks");
        ObjectNode room = input(blocks, "room", "Room").put("type", "static_select");
        room.putObject("placeholder").put("type", "plain_text").put("text", "Pick a room");
        ArrayNode options = room.putArray("options");
        for (String name : List.of("Gopher hole", "Turing", "Lovelace")) {
            ObjectNode o = options.addObject().put("value", name.toLowerCase().replace(' ', '-'));
            o.putObject("text").put("type", "plain_text").put("text", name);
        }
        input(blocks, "day", "Day").put("type", "datepicker");
        input(blocks, "topic", "Topic").put("type", "plain_text_input").put("multiline", true);
        blocks.addObject().put("type", "context").putArray("elements").addObject().put("type", "mrkdwn")
                .put("text", "The room is held for an hour; everyone in the channel sees the booking.");
        return view.toString();
    }

    private static ObjectNode input(ArrayNode blocks, String id, String label) {
        ObjectNode block = blocks.addObject().put("type", "input").put("block_id", id);
        block.putObject("label").put("type", "plain_text").put("text", label);
        return block.putObject("element").put("action_id", id);
    }

    private static String card(String room, String day, String topic, String user) {
        ArrayNode blocks = JSON.createArrayNode();
        blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn")
                .put("text", "*" + room + "* on " + day + "\n" + topic);
        blocks.addObject().put("type", "context").putArray("elements").addObject().put("type", "mrkdwn")
                .put("text", "Booked by <@" + user + ">");
        ArrayNode buttons = blocks.addObject().put("type", "actions").put("block_id", "decide").putArray("elements");
        ObjectNode confirm = buttons.addObject().put("type", "button").put("action_id", "confirm").put("value", room)
                .put("style", "primary");
        confirm.putObject("text").put("type", "plain_text").put("text", "Confirm");
        ObjectNode cancel = buttons.addObject().put("type", "button").put("action_id", "cancel").put("value", room);
        cancel.putObject("text").put("type", "plain_text").put("text", "Cancel");
        return blocks.toString();
    }

    @BeforeAll
    static void start() {
        HeadlessChromium.assumeAvailable();
        redis = RedisServer.startEphemeral();
        Map<String, String> env = new HashMap<>(Map.of("REDIS_URL", redis.url(), "PORT", "0",
                "DESK_SLACK_SIGNING_SECRET", "desk-signing-secret", "DESK_SLACK_BOT_TOKEN", "xoxb-desk",
                "LOG_FORMAT", "text", "BOT_ENV", "production"));
        gateway = GatewayApp.start(new Env(env), List.of(desk()));
        simulator = Simulator.start(SimulatorSettings.oneApp("desk", new Secret("xoxb-desk"),
                new Secret("desk-signing-secret"), URI.create("http://127.0.0.1:" + gateway.port()),
                new DeliveryPolicy(Duration.ofSeconds(3), List.of(Duration.ZERO))));
        env.put("SLACK_API_URL", simulator.apiUrl());
        consumer = ConsumerApp.start(new Env(env), List.of(desk()));
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {chromium, consumer, simulator, gateway, redis}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // the others still close
            }
        }
    }

    @Test
    void aSlashCommandOpensAModalWhoseSubmissionPostsButtonsThatUpdateTheMessageWhenClicked() {
        WebDriver page = chromium.driver();
        page.get(simulator.url());
        ((JavascriptExecutor) page).executeScript("localStorage.clear()");
        page.navigate().refresh();
        visible(page, By.cssSelector("#channel-list a[data-channel='C0GENERAL']")).click();

        type(page, "/desk book");
        visible(page, By.id("modal-title"));
        assertEquals("Book a room", page.findElement(By.id("modal-title")).getText());
        new Select(field(page, "room").findElement(By.tagName("select"))).selectByVisibleText("Gopher hole");
        ((JavascriptExecutor) page).executeScript("arguments[0].value = '2025-03-31'",
                field(page, "day").findElement(By.tagName("input")));
        field(page, "topic").findElement(By.tagName("textarea")).sendKeys("1.26");
        page.findElement(By.id("modal-submit")).click();

        // the gateway's check answers at once: the modal stays open with the error under the topic
        WebElement error = visible(page, By.cssSelector(".field[data-block-id='topic'] .field-error"));
        assertEquals("Say what the meeting is about (5 characters or more).", error.getText());
        field(page, "topic").findElement(By.tagName("textarea")).sendKeys(" release planning");
        chromium.screenshot(Path.of("target", "screenshots", "simulator-interactive.png"));
        page.findElement(By.id("modal-submit")).click();

        await().atMost(WAIT).until(() -> !page.findElement(By.id("modal-backdrop")).isDisplayed());
        WebElement card = visible(page, By.xpath("//div[@id='messages']//div[contains(@class,'from-bot')]"
                + "[.//button[normalize-space(.)='Confirm']]"));
        assertTrue(card.getText().contains("1.26 release planning"), card.getText());
        assertTrue(card.getText().contains("Booked by @alice"), card.getText());
        chromium.screenshot(Path.of("target", "screenshots", "simulator-buttons.png"));
        card.findElement(By.xpath(".//button[normalize-space(.)='Confirm']")).click();

        WebElement confirmed = visible(page, By.xpath("//div[@id='messages']//div[contains(@class,'from-bot')]"
                + "[.//div[contains(@class,'block-section') and contains(., 'confirmed by')]]"));
        assertTrue(confirmed.getText().contains("Gopher hole confirmed by @alice"), confirmed.getText());
        assertTrue(confirmed.findElements(By.cssSelector("button.block-button")).isEmpty(), "the buttons are gone");
    }

    private static WebElement field(WebDriver page, String blockId) {
        return page.findElement(By.cssSelector("#modal-body .field[data-block-id='" + blockId + "']"));
    }

    private static void type(WebDriver page, String text) {
        WebElement box = visible(page, By.id("composer-input"));
        box.sendKeys(text);
        box.sendKeys(Keys.ENTER);
    }

    private static WebElement visible(WebDriver page, By by) {
        return await().atMost(WAIT).ignoreExceptions().until(() -> {
            WebElement e = page.findElement(by);
            return e.isDisplayed() ? e : null;
        }, Objects::nonNull);
    }
}
