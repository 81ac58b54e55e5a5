package dev.gopherbot.testkit.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CountDownLatch;

/**
 * A throw-away PostgreSQL for {@code ./gopherbot dev}, when an app needs one and {@code DATABASE_URL} is unset:
 * {@code java -cp … dev.gopherbot.testkit.postgres.DevPostgres <url-file>} starts an embedded server (see
 * {@link PostgresServer}), creates a database with a login role of its own, writes its {@code DATABASE_URL} to
 * {@code url-file} (readable by the owner only: the URL holds the password, so it is never printed) and runs until
 * SIGTERM or Ctrl-C, which stop the server and delete its data.
 */
public final class DevPostgres {
    private DevPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: DevPostgres <file to write DATABASE_URL to>");
            System.exit(2);
        }
        PostgresServer server;
        try {
            server = PostgresServer.start();
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "postgres-stop"));
        FreshDatabase db = server.freshDatabase();
        write(Path.of(args[0]), db.databaseUrl());
        System.out.println("PostgreSQL ready on port " + db.port() + ", database " + db.name());
        stopped.await();
    }

    private static void write(Path file, String url) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, url + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        // renamed into place, so a reader never sees half a URL
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
