package dev.gopherbot.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigrationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Ossi", "1app", "my-app", "", "app;drop", "a_name_longer_than_sixty_three_characters_is_cut_by_postgres_xyz"})
    void anAppNameThatCannotNameASchemaIsRefusedBeforeTouchingTheDatabase(String app) {
        // no DataSource at all: the name is checked first
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Migrations.migrate(null, app));

        assertEquals("app name \"" + app + "\" cannot name a schema: expected [a-z][a-z0-9_]{0,62}", e.getMessage());
    }
}
