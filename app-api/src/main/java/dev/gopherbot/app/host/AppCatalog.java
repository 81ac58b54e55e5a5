package dev.gopherbot.app.host;

import dev.gopherbot.app.App;
import dev.gopherbot.common.config.Env;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Which apps this process runs: those on the classpath (each app module lists itself in
 * {@code META-INF/services/dev.gopherbot.app.App}) that {@code APPS} names, in its order.
 */
public final class AppCatalog {
    /** A deployment that says nothing runs the community bot, as before apps existed. */
    public static final String DEFAULT_APPS = "gopherbot";

    private AppCatalog() {
    }

    /** Every app in this build, by name. */
    public static Map<String, App> available() {
        Map<String, App> apps = new LinkedHashMap<>();
        for (App app : ServiceLoader.load(App.class)) {
            App other = apps.putIfAbsent(app.name(), app);
            if (other != null) {
                throw new IllegalStateException("two apps are called \"" + app.name() + "\": "
                        + other.getClass().getName() + " and " + app.getClass().getName());
            }
        }
        return apps;
    }

    /** The apps {@code APPS} names, from this build's; problems are recorded in {@code env}. */
    public static List<App> enabled(Env env) {
        return enabled(env, available());
    }

    static List<App> enabled(Env env, Map<String, App> available) {
        List<App> apps = new ArrayList<>();
        for (String name : env.string("APPS", DEFAULT_APPS).split(",")) {
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (n.isEmpty()) {
                continue;
            }
            App app = available.get(n);
            if (app == null) {
                env.problem("APPS names \"" + n + "\", which this build does not have; available: "
                        + String.join(", ", available.keySet()));
            } else if (apps.contains(app)) {
                env.problem("APPS names \"" + n + "\" twice");
            } else {
                apps.add(app);
            }
        }
        if (apps.isEmpty() && !env.hasProblems()) {
            env.problem("APPS is empty: name at least one app, e.g. APPS=" + DEFAULT_APPS);
        }
        return apps;
    }
}
