package dev.gopherbot.apps.cravack.subscription;

import dev.gopherbot.app.OperatorCommand;
import dev.gopherbot.apps.cravack.config.CravackSettings;
import dev.gopherbot.apps.cravack.strava.StravaClient;
import dev.gopherbot.apps.cravack.strava.StravaException;
import dev.gopherbot.common.config.Env;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code java -jar consumer.jar strava-subscription show|create|delete}: the application's push subscription at
 * Strava (one per application). {@code create} asks Strava to send events to {@code PUBLIC_URL/hooks/cravack/strava};
 * Strava checks that URL with a GET before it answers, so the gateway must be up with the same
 * {@code CRAVACK_VERIFY_TOKEN}. Exit status: 0 done, 1 Strava refused or failed, 2 bad usage.
 */
public final class SubscriptionCommand implements OperatorCommand {
    public static final String NAME = "strava-subscription";
    public static final String USAGE = NAME + " show|create|delete";

    private final CravackSettings settings;
    private final StravaClient strava;

    public SubscriptionCommand(CravackSettings settings, StravaClient strava) {
        this.settings = settings;
        this.strava = strava;
    }

    @Override
    public int run(List<String> args, Env env, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("usage: java -jar consumer.jar " + USAGE);
            return 2;
        }
        try {
            switch (args.getFirst()) {
                case "show" -> show(out);
                case "create" -> {
                    long id = strava.subscribe(settings.callbackUrl(), settings.verifyToken());
                    out.println("subscription " + id + " created: Strava sends events to " + settings.callbackUrl());
                }
                case "delete" -> delete(out);
                default -> {
                    err.println("usage: java -jar consumer.jar " + USAGE);
                    return 2;
                }
            }
            return 0;
        } catch (StravaException e) {
            err.println(NAME + ": " + e.getMessage());
            return 1;
        }
    }

    private void show(PrintStream out) throws StravaException {
        List<StravaClient.Subscription> all = strava.subscriptions();
        if (all.isEmpty()) {
            out.println("no subscription: Strava sends no events (create one with `" + NAME + " create`)");
        }
        for (StravaClient.Subscription s : all) {
            String note = s.callbackUrl().equals(settings.callbackUrl().toString()) ? ""
                    : " (not this deployment's " + settings.callbackUrl() + ")";
            out.println("subscription " + s.id() + ": " + s.callbackUrl() + note);
        }
    }

    private void delete(PrintStream out) throws StravaException {
        List<StravaClient.Subscription> all = strava.subscriptions();
        if (all.isEmpty()) {
            out.println("no subscription to delete");
        }
        for (StravaClient.Subscription s : all) {
            strava.unsubscribe(s.id());
            out.println("subscription " + s.id() + " deleted");
        }
    }
}
