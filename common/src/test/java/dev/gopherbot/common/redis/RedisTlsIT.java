package dev.gopherbot.common.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gopherbot.common.config.Secret;
import dev.gopherbot.testkit.redis.TlsRedisServer;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code rediss://} against a real TLS redis-server whose certificate a throw-away CA signed for {@code localhost}, as
 * README documents {@code REDIS_TLS_VERIFY}: {@code none} accepts any certificate (Heroku Redis's self-signed one),
 * {@code ca} requires a trusted chain but not the host name, {@code full} requires both.
 */
class RedisTlsIT {
    private static final Map<String, String> TRUST = Map.of("javax.net.ssl.trustStore", "",
            "javax.net.ssl.trustStorePassword", "changeit", "javax.net.ssl.trustStoreType", "PKCS12");
    private static TlsRedisServer server;

    @BeforeAll
    static void start() {
        assumeTrue(TlsRedisServer.unavailableReason().isEmpty(),
                () -> "skipped: " + TlsRedisServer.unavailableReason().orElse(""));
        server = TlsRedisServer.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void forgetTheTestCa() {
        TRUST.keySet().forEach(System::clearProperty);
    }

    @Test
    void noneAcceptsACertificateNoTrustedAuthoritySigned() {
        assertEquals("PONG", ping("127.0.0.1", TlsVerify.NONE));
    }

    @Test
    void caRefusesACertificateNoTrustedAuthoritySigned() {
        assertThrows(RedisConnectionException.class, () -> ping("localhost", TlsVerify.CA));
    }

    @Test
    void fullRefusesACertificateNoTrustedAuthoritySigned() {
        assertThrows(RedisConnectionException.class, () -> ping("localhost", TlsVerify.FULL));
    }

    @Test
    void caAcceptsATrustedCertificateForAnotherHostName() {
        trustTheTestCa();
        assertEquals("PONG", ping("127.0.0.1", TlsVerify.CA));
    }

    @Test
    void fullRefusesATrustedCertificateForAnotherHostName() {
        trustTheTestCa();
        assertThrows(RedisConnectionException.class, () -> ping("127.0.0.1", TlsVerify.FULL));
    }

    @Test
    void fullAcceptsATrustedCertificateForItsHostName() {
        trustTheTestCa();
        assertEquals("PONG", ping("localhost", TlsVerify.FULL));
    }

    /** What an operator does for a private CA: the JVM's standard trust store properties. */
    private static void trustTheTestCa() {
        TRUST.forEach((k, v) -> System.setProperty(k, v.isEmpty() ? server.trustStore().toString() : v));
    }

    private static String ping(String host, TlsVerify verify) {
        RedisSettings settings = new RedisSettings(new Secret("rediss://" + host + ":" + server.port()), verify,
                new Keys("tls-it:"), Duration.ofSeconds(3));
        try (RedisConnector connector = new RedisConnector(settings);
             StatefulRedisConnection<String, String> c = connector.connectOnce()) {
            return c.sync().ping();
        }
    }
}
