package dev.gopherbot.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gopherbot.gateway.GatewayFixture;
import org.junit.jupiter.api.Test;

/** A deployment without pages keeps the gateway as it was: no web settings needed, no {@code /web/} route. */
class NoPagesIT {

    @Test
    void withoutPagesThereIsNoSignInRouteAndSlackRoutesStillAnswer() {
        try (GatewayFixture gateway = GatewayFixture.start()) {
            assertEquals(404, gateway.client().get("/web/login?t=x").statusCode());
            assertEquals(200, gateway.client().get("/healthz").statusCode());
        }
    }
}
