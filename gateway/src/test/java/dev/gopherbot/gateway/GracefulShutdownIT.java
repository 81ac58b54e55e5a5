package dev.gopherbot.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gopherbot.testkit.slack.SlackPayloads;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link GatewayApp#close()}: stop accepting, finish what is in flight, then let go of Redis. */
class GracefulShutdownIT {

    @Test
    void closeStopsAcceptingButFinishesARequestAlreadyInFlight() throws Exception {
        try (GatewayFixture gateway = GatewayFixture.start();
             RedisClient observer = RedisClient.create(gateway.redis().url());
             StatefulRedisConnection<String, String> info = observer.connect()) {
            int port = gateway.app().port();
            String body = SlackPayloads.message("C0GENERAL", "U0ALICE", "in flight").envelope();
            // writes wait 1.2 s, inside the 1.5 s command timeout: the request stays in flight, then succeeds
            gateway.redis().command("CLIENT PAUSE 1200 WRITE");

            CompletableFuture<HttpResponse<String>> response = CompletableFuture
                    .supplyAsync(() -> gateway.client().postEvent(body));
            await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(5))
                    .until(() -> info.sync().info("clients").contains("blocked_clients:1"));

            CompletableFuture<Void> closing = CompletableFuture.runAsync(gateway.app()::close);

            await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(5)).until(() -> !accepts(port));
            assertFalse(closing.isDone(), "close() returned while a request was still in flight");
            assertEquals(200, response.get(5, TimeUnit.SECONDS).statusCode());
            closing.get(5, TimeUnit.SECONDS);
            assertEquals(1, gateway.length(DemoApp.MESSAGE_PUBLIC));
        }
    }

    private static boolean accepts(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
