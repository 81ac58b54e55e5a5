package dev.gopherbot.consumer.deadletters;

import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import dev.gopherbot.common.redis.RedisConnector;
import dev.gopherbot.common.redis.RedisSettings;
import dev.gopherbot.common.stream.StreamKind;
import dev.gopherbot.consumer.queue.DeadLetters.DeadLetter;
import dev.gopherbot.consumer.queue.DeadLetters;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code dead-letters list [<stream>] [--limit N]}, {@code dead-letters show <stream> <id>},
 * {@code dead-letters requeue <stream> <id>… | --all}: inspect and requeue entries that failed
 * {@code MAX_DELIVERIES} times. Needs only the Redis settings. Exit status: 0 done, 1 not found or Redis failed,
 * 2 bad usage or settings.
 */
public final class DeadLetterCommand {
    static final String USAGE = """
            usage: java -jar consumer.jar dead-letters list [<stream>] [--limit N]
                   java -jar consumer.jar dead-letters show <stream> <id>
                   java -jar consumer.jar dead-letters requeue <stream> <id>... | --all
            <stream> is <app>.<kind>, e.g. gopherbot.command or gopherbot.message.public;
            `dead-letters list` names every stream of the apps in APPS""";
    private static final int DEFAULT_LIMIT = 50;

    private final PrintStream out;
    private final PrintStream err;
    private final List<StreamKind> kinds;

    /** @param kinds every stream of the enabled apps */
    public DeadLetterCommand(PrintStream out, PrintStream err, List<StreamKind> kinds) {
        this.out = out;
        this.err = err;
        this.kinds = List.copyOf(kinds);
    }

    public int run(List<String> args, Env env) {
        if (args.isEmpty() || !List.of("list", "show", "requeue").contains(args.getFirst())) {
            err.println(USAGE);
            return 2;
        }
        RedisSettings settings = RedisSettings.from(env);
        try {
            env.check();
        } catch (ConfigException e) {
            e.problems().forEach(p -> err.println("dead-letters: " + p));
            return 2;
        }
        try (RedisConnector connector = new RedisConnector(settings);
             StatefulRedisConnection<String, String> connection = connector.connect()) {
            // the command never buries, so the trim length does not matter here
            DeadLetters dead = new DeadLetters(connection.sync(), settings.keys(), Clock.systemUTC(),
                    Long.MAX_VALUE);
            List<String> rest = args.subList(1, args.size());
            return switch (args.getFirst()) {
                case "list" -> list(dead, rest);
                case "show" -> show(dead, rest);
                default -> requeue(dead, rest);
            };
        } catch (RedisException e) {
            err.println("dead-letters: Redis failed: " + e.getMessage());
            return 1;
        } catch (UsageException e) {
            err.println("dead-letters: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
    }

    private int list(DeadLetters dead, List<String> args) {
        int limit = DEFAULT_LIMIT;
        StreamKind only = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--limit") && i + 1 < args.size()) {
                limit = positive(args.get(++i));
            } else {
                only = kind(args.get(i));
            }
        }
        for (StreamKind kind : kinds) {
            if (only != null && !kind.equals(only)) {
                continue;
            }
            long count = dead.count(kind);
            out.println(kind.wireName() + ": " + count + " dead letter" + (count == 1 ? "" : "s"));
            for (DeadLetter d : dead.list(kind, limit)) {
                out.println("  " + d.id() + "  event=" + d.eventId() + "  deliveries=" + d.deliveries()
                        + "  dead_at=" + Instant.ofEpochMilli(d.deadAt()) + "  error=" + d.error());
            }
        }
        return 0;
    }

    private int show(DeadLetters dead, List<String> args) {
        if (args.size() != 2) {
            throw new UsageException("show needs a stream and an id");
        }
        Optional<DeadLetter> found = dead.show(kind(args.get(0)), args.get(1));
        if (found.isEmpty()) {
            err.println("dead-letters: no dead letter " + args.get(1) + " in " + args.get(0));
            return 1;
        }
        out.println("id: " + found.get().id());
        found.get().fields().forEach((k, v) -> out.println(k + ": " + v));
        return 0;
    }

    private int requeue(DeadLetters dead, List<String> args) {
        if (args.size() < 2) {
            throw new UsageException("requeue needs a stream and ids (or --all)");
        }
        StreamKind kind = kind(args.get(0));
        // --all takes the ids present now: entries that fail again while we work are not requeued in a loop
        List<String> ids = args.get(1).equals("--all")
                ? dead.list(kind, Integer.MAX_VALUE).stream().map(DeadLetter::id).toList()
                : args.subList(1, args.size());
        int missing = 0;
        for (String id : ids) {
            Optional<String> newId = dead.requeue(kind, id);
            if (newId.isPresent()) {
                out.println("requeued " + id + " as " + newId.get());
            } else {
                err.println("dead-letters: no dead letter " + id + " in " + kind.wireName());
                missing++;
            }
        }
        out.println((ids.size() - missing) + " requeued");
        return missing == 0 ? 0 : 1;
    }

    private StreamKind kind(String name) {
        return StreamKind.fromWireName(name).filter(kinds::contains)
                .orElseThrow(() -> new UsageException("unknown stream \"" + name + "\""));
    }

    private static int positive(String s) {
        try {
            int n = Integer.parseInt(s);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new UsageException("--limit needs a positive number, not \"" + s + "\"");
    }

    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
