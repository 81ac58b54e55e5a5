package dev.gopherbot.testkit.strava;

import java.util.concurrent.CountDownLatch;

/**
 * The fake Strava on its own, for trying an app locally: {@code java -cp simulator/target/simulator.jar
 * dev.gopherbot.testkit.strava.FakeStravaMain} (port {@code FAKE_STRAVA_PORT}, default 3100). One athlete, Ada
 * Lovelace (id 1001), is signed in and approves every authorization; {@code POST /sim/record} (form fields
 * {@code name}, {@code sport}, {@code distance_m}, {@code moving_s}, {@code elevation_m}, all optional) records an
 * activity for her and delivers the event to the push subscription.
 */
public final class FakeStravaMain {
    private FakeStravaMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(System.getenv().getOrDefault("FAKE_STRAVA_PORT", "3100"));
        FakeStrava strava = FakeStrava.start(port);
        strava.addAthlete(1001, "Ada", "Lovelace");
        strava.signIn(1001);
        System.out.println("fake Strava on http://127.0.0.1:" + port + "/ (client id " + FakeStrava.CLIENT_ID
                + ", client secret " + FakeStrava.CLIENT_SECRET + ")");
        System.out.println("  STRAVA_API_URL=" + strava.apiUrl() + " STRAVA_OAUTH_URL=" + strava.oauthUrl());
        System.out.println("  record an activity: curl -d name=Tempo -d distance_m=8000 -d moving_s=2400 "
                + "http://127.0.0.1:" + port + "/sim/record");
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            strava.close();
            forever.countDown();
        }));
        forever.await();
    }
}
