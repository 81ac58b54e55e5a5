package dev.gopherbot.apps.cravack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.app.AppDefinition;
import dev.gopherbot.app.host.ProcessServices;
import dev.gopherbot.apps.cravack.subscription.SubscriptionCommand;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.redis.Keys;
import dev.gopherbot.testkit.strava.StravaCall;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The push subscription: Strava's GET handshake at the gateway, and the operators' {@code strava-subscription}
 * command, whose {@code create} Strava answers only after validating the gateway's callback.
 */
class SubscriptionIT {
    private static final String HOOK = "/hooks/cravack/strava";
    private static CravackBot bot;

    @BeforeEach
    void start() {
        if (bot == null) {
            bot = CravackBot.start();
        }
    }

    @AfterAll
    static void stop() {
        if (bot != null) {
            bot.close();
        }
    }

    @Test
    void theHandshakeWithOurVerifyTokenEchoesTheChallengeAsJson() {
        HttpResponse<String> res = bot.browse(bot.gateway.base().resolve(HOOK + "?hub.mode=subscribe"
                + "&hub.challenge=15f7d1a91c1f40&hub.verify_token=" + CravackBot.VERIFY_TOKEN));

        assertEquals(200, res.statusCode());
        assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("{\"hub.challenge\":\"15f7d1a91c1f40\"}", res.body());
    }

    @Test
    void aHandshakeWithAnotherVerifyTokenIsRefusedAndTheChallengeNotEchoed() {
        HttpResponse<String> res = bot.browse(bot.gateway.base().resolve(HOOK + "?hub.mode=subscribe"
                + "&hub.challenge=15f7d1a91c1f40&hub.verify_token=guess"));

        assertEquals(403, res.statusCode());
        assertFalse(res.body().contains("15f7d1a91c1f40"));
    }

    @Test
    void theOperatorCommandReplacesTheSubscriptionAndStravaValidatesTheGatewayFirst() {
        Run deleted = run("delete");
        assertEquals(0, deleted.status(), deleted.err());
        assertTrue(bot.strava.callbackUrl().isEmpty());

        Run created = run("create");

        assertEquals(0, created.status(), created.err());
        assertTrue(created.out().contains("created: Strava sends events to " + bot.gateway.base() + HOOK),
                created.out());
        assertEquals(bot.gateway.base().resolve(HOOK), bot.strava.callbackUrl().orElseThrow());
        StravaCall creation = bot.strava.calls("push_subscriptions").getLast();
        assertEquals(CravackBot.VERIFY_TOKEN, creation.param("verify_token"));
        assertTrue(run("show").out().startsWith("subscription "));
        assertTrue(run("create").err().contains("already exists"));
    }

    @Test
    void anUnknownSubcommandIsAUsageError() {
        Run run = run("list");

        assertEquals(2, run.status());
        assertTrue(run.err().contains("usage: java -jar consumer.jar strava-subscription show|create|delete"));
    }

    private record Run(int status, String out, String err) {
    }

    /** {@code java -jar consumer.jar strava-subscription <arg>}, as the consumer's main runs it. */
    private static Run run(String arg) {
        Env env = new Env(bot.settings(bot.gateway.base().toString()));
        AppDefinition cravack = AppDefinition.define(new CravackApp(),
                ProcessServices.offline(env, new Keys("operator:")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = cravack.operatorCommand(SubscriptionCommand.NAME).orElseThrow().command().run(List.of(arg), env,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
