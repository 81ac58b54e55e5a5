-- MigrationsIT holds advisory lock 4242 until it has seen the second migrator wait for Flyway's lock
SELECT pg_advisory_xact_lock_shared(4242);
