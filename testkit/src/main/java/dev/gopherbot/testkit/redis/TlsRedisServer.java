package dev.gopherbot.testkit.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A {@code redis-server} of the test's own that speaks only TLS, with a certificate made for the test: a throw-away
 * CA ({@code test-ca}) signs a server certificate valid for the host name {@code localhost} only, so connecting to
 * {@code 127.0.0.1} is a host name mismatch. Needs {@code openssl} and a {@code redis-server} built with TLS;
 * {@link #unavailableReason()} says why a test must skip otherwise.
 */
public final class TlsRedisServer implements AutoCloseable {
    private final Path dir;
    private final int port;
    private final Process process;

    private TlsRedisServer(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    /** Why TLS tests cannot run here, or empty when they can. */
    public static Optional<String> unavailableReason() {
        if (!onPath("openssl")) {
            return Optional.of("openssl is not on PATH: it makes the test's certificates");
        }
        if (!onPath("redis-server")) {
            return Optional.of("redis-server is not on PATH");
        }
        return Optional.empty();
    }

    public static TlsRedisServer start() {
        try {
            Path dir = Files.createTempDirectory("gopherbot-redis-tls-");
            run(dir, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out",
                    "ca.crt", "-days", "1", "-subj", "/CN=test-ca");
            run(dir, "openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out",
                    "server.csr", "-subj", "/CN=localhost");
            Files.writeString(dir.resolve("san.ext"), "subjectAltName=DNS:localhost\n");
            run(dir, "openssl", "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
                    "-CAcreateserial", "-out", "server.crt", "-days", "1", "-extfile", "san.ext");
            int port = freePort();
            Process p = new ProcessBuilder("redis-server", "--port", "0", "--tls-port", Integer.toString(port),
                    "--bind", "127.0.0.1 -::1", "--tls-cert-file", "server.crt", "--tls-key-file", "server.key",
                    "--tls-ca-cert-file", "ca.crt", "--tls-auth-clients", "no", "--save", "", "--appendonly", "no",
                    "--dir", dir.toString(), "--logfile", dir.resolve("redis.log").toString())
                    .directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis.stdout").toFile()).start();
            TlsRedisServer server = new TlsRedisServer(dir, port, p);
            server.awaitListening();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start a TLS redis-server: " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    /** A PKCS12 trust store holding the test's CA (password {@code changeit}), as an operator would configure. */
    public Path trustStore() {
        try (InputStream in = Files.newInputStream(dir.resolve("ca.crt"))) {
            Certificate ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("test-ca", ca);
            Path file = dir.resolve("truststore.p12");
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, "changeit".toCharArray());
            }
            return file;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    List<String> log = Files.exists(dir.resolve("redis.log"))
                            ? Files.readAllLines(dir.resolve("redis.log")) : List.of();
                    throw new IllegalStateException("TLS redis-server did not start (built without TLS?): "
                            + String.join(" | ", log.subList(Math.max(0, log.size() - 3), log.size())));
                }
                try {
                    Thread.sleep(20); // polling a child process's readiness, not synchronising a test
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static void run(Path dir, String... command) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(command));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("openssl.log").toFile()).start();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed: "
                        + Files.readString(dir.resolve("openssl.log")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(p -> Files.isExecutable(Path.of(p, program)));
    }
}
