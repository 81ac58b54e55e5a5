package dev.gopherbot.app.host;

import java.util.function.Function;
import javax.sql.DataSource;

/** Where apps get their PostgreSQL pools. */
public final class Databases {
    private Databases() {
    }

    /** For a process without database support yet: an app asking for storage cannot start. */
    public static Function<String, DataSource> none() {
        return app -> {
            throw new IllegalStateException("app \"" + app + "\" needs PostgreSQL, which this build cannot provide");
        };
    }
}
