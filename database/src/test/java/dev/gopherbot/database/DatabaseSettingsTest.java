package dev.gopherbot.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gopherbot.common.config.ConfigException;
import dev.gopherbot.common.config.Env;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseSettingsTest {
    private static final String PASSWORD = "s3cr3t-pw";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # DATABASE_URL                                                   | DATABASE_SSLMODE | jdbc URL                                                            | user   | password
        postgres://u1:s3cr3t-pw@ec2-1-2-3-4.compute-1.amazonaws.com:5432/d8abc |          | jdbc:postgresql://ec2-1-2-3-4.compute-1.amazonaws.com:5432/d8abc?sslmode=require | u1 | s3cr3t-pw
        postgresql://u1:pw@db.example.com/app                              |                  | jdbc:postgresql://db.example.com:5432/app?sslmode=require          | u1     | pw
        jdbc:postgresql://db.example.com:6543/app?user=u2&password=pw2     |                  | jdbc:postgresql://db.example.com:6543/app?sslmode=require          | u2     | pw2
        postgres://u1@localhost/app                                        |                  | jdbc:postgresql://localhost:5432/app?sslmode=disable               | u1     | ''
        postgres://u1:pw@127.0.0.1:5433/app                                |                  | jdbc:postgresql://127.0.0.1:5433/app?sslmode=disable               | u1     | pw
        postgres://u1:pw@[::1]:5433/app                                    |                  | jdbc:postgresql://[::1]:5433/app?sslmode=disable                   | u1     | pw
        postgres://u1:pw@localhost/app                                     | verify-full      | jdbc:postgresql://localhost:5432/app?sslmode=verify-full           | u1     | pw
        postgres://u1:pw@db.example.com/app?sslmode=verify-ca              |                  | jdbc:postgresql://db.example.com:5432/app?sslmode=verify-ca        | u1     | pw
        postgres://u1:pw@db.example.com/app?sslmode=verify-ca              | Disable          | jdbc:postgresql://db.example.com:5432/app?sslmode=disable          | u1     | pw
        postgres://u%40corp:p%40ss%3Aw%2Bo+rd@db.example.com/app           |                  | jdbc:postgresql://db.example.com:5432/app?sslmode=require          | u@corp | p@ss:w+o+rd
        """)
    void aValidUrlBecomesAJdbcUrlWithoutCredentialsPlusUserAndPassword(String url, String sslmode, String jdbcUrl,
                                                                        String user, String password) {
        Map<String, String> vars = new HashMap<>(Map.of("DATABASE_URL", url));
        if (sslmode != null) {
            vars.put("DATABASE_SSLMODE", sslmode);
        }
        Env env = new Env(vars);

        DatabaseSettings s = DatabaseSettings.from(env).orElseThrow();

        env.check();
        assertEquals(jdbcUrl, s.jdbcUrl());
        assertEquals(user, s.user());
        assertEquals(password, s.password().reveal());
        assertEquals(DatabaseSettings.DEFAULT_POOL_SIZE, s.poolSize());
    }

    @Test
    void aHerokuStyleUrlRequiresTls() {
        DatabaseSettings s = DatabaseSettings.from(new Env(Map.of("DATABASE_URL",
                "postgres://uabc:" + PASSWORD + "@ec2-3-215-1-1.compute-1.amazonaws.com:5432/d1x2y3"))).orElseThrow();

        assertEquals(SslMode.REQUIRE, s.sslMode());
        assertEquals("ec2-3-215-1-1.compute-1.amazonaws.com:5432/d1x2y3", s.where());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # DATABASE_URL                                            | the one problem line
        mysql://u:s3cr3t-pw@db.example.com/app                     | DATABASE_URL is invalid: expected postgres://user:password@host:port/database (or postgresql://…, jdbc:postgresql://…)
        not a url with s3cr3t-pw                                   | DATABASE_URL is invalid: expected postgres://user:password@host:port/database (or postgresql://…, jdbc:postgresql://…)
        postgres://u:s3cr3t-pw%zz@db.example.com/app               | DATABASE_URL is invalid: expected postgres://user:password@host:port/database (or postgresql://…, jdbc:postgresql://…)
        postgres:///app                                            | DATABASE_URL is invalid: expected postgres://user:password@host:port/database (or postgresql://…, jdbc:postgresql://…)
        postgres://db.example.com/app                              | DATABASE_URL has no user name: expected postgres://user:password@host:port/database (or postgresql://…, jdbc:postgresql://…)
        jdbc:postgresql://db.example.com/app?password=s3cr3t-pw    | DATABASE_URL has no user name: expected postgres://user:password@host:port/database (or postgresql://…, jdbc:postgresql://…)
        postgres://u:s3cr3t-pw@db.example.com:5432/                | DATABASE_URL names no database: expected postgres://user:password@host:port/database (or postgresql://…, jdbc:postgresql://…)
        postgres://u:s3cr3t-pw@db.example.com/app?sslmode=strict   | DATABASE_URL has an invalid sslmode: expected one of disable, allow, prefer, require, verify-ca, verify-full
        postgres://u:s3cr3t-pw@db.example.com/app?ssl=true&x=1     | DATABASE_URL has unsupported parameters [ssl, x]: only user, password and sslmode are read
        """)
    void aBadUrlIsOneProblemLineThatNamesTheVariableAndNeverEchoesTheUrl(String url, String problem) {
        Env env = new Env(Map.of("DATABASE_URL", url));

        assertEquals(Optional.empty(), DatabaseSettings.from(env));

        ConfigException e = assertThrows(ConfigException.class, env::check);
        assertEquals(List.of(problem), e.problems());
        assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
        DATABASE_SSLMODE   | strict | DATABASE_SSLMODE=strict is invalid: expected one of disable, allow, prefer, require, verify-ca, verify-full
        DATABASE_POOL_SIZE | 0      | DATABASE_POOL_SIZE=0 is invalid: expected an integer between 1 and 50
        DATABASE_POOL_SIZE | 51     | DATABASE_POOL_SIZE=51 is invalid: expected an integer between 1 and 50
        DATABASE_POOL_SIZE | many   | DATABASE_POOL_SIZE=many is invalid: expected an integer between 1 and 50
        """)
    void aBadSettingBesideTheUrlIsOneProblemLineNamingIt(String name, String value, String problem) {
        Env env = new Env(Map.of("DATABASE_URL", "postgres://u:" + PASSWORD + "@db.example.com/app", name, value));

        DatabaseSettings.from(env);

        assertEquals(List.of(problem), assertThrows(ConfigException.class, env::check).problems());
    }

    @Test
    void thePoolSizeComesFromDatabasePoolSize() {
        Env env = new Env(Map.of("DATABASE_URL", "postgres://u:pw@db.example.com/app", "DATABASE_POOL_SIZE", "50"));

        assertEquals(50, DatabaseSettings.from(env).orElseThrow().poolSize());
    }

    @Test
    void anUnsetUrlIsNoProblemForAProcessWhoseAppsStoreNothing() {
        Env env = new Env(Map.of());

        assertEquals(Optional.empty(), DatabaseSettings.from(env));
        env.check();
    }

    @Test
    void anUnsetUrlIsAProblemNamingTheAppThatNeedsIt() {
        Env env = new Env(Map.of());

        DatabaseSettings.required(env, "ossi");

        assertEquals(List.of("DATABASE_URL is required by app ossi (it keeps its data in PostgreSQL) but not set"),
                assertThrows(ConfigException.class, env::check).problems());
    }

    @Test
    void aRequiredUrlThatIsSetGivesItsSettings() {
        Env env = new Env(Map.of("DATABASE_URL", "postgres://u:pw@db.example.com/app"));

        assertEquals("db.example.com:5432/app", DatabaseSettings.required(env, "ossi").where());
        env.check();
    }

    @Test
    void thePasswordAppearsInNoStringFormOfTheSettings() {
        DatabaseSettings s = DatabaseSettings.from(new Env(Map.of("DATABASE_URL",
                "postgres://u:" + PASSWORD + "@db.example.com/app"))).orElseThrow();

        for (String text : List.of(s.toString(), s.jdbcUrl(), s.where(), String.valueOf(s.password()))) {
            assertFalse(text.contains(PASSWORD), text);
        }
        assertTrue(s.toString().contains("password=[redacted]"), s.toString());
    }
}
