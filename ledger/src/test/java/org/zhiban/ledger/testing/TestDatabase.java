package org.zhiban.ledger.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, migrated ledger database for one test: an H2 in-memory database in PostgreSQL mode, or a new schema in
 * the PostgreSQL named by ZHIBAN_TEST_JDBC_URL. Migrations are applied exactly as the app applies them.
 */
public final class TestDatabase {

    public static final String POSTGRES_URL_VARIABLE = "ZHIBAN_TEST_JDBC_URL";

    private final DataSource dataSource;
    private final boolean postgres;

    private TestDatabase(DataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.postgres = postgres;
    }

    public static TestDatabase h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:ledger-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        return migrated(h2, false, null);
    }

    /** A new schema in the PostgreSQL of ZHIBAN_TEST_JDBC_URL; call only when it is set. */
    public static TestDatabase postgres() {
        String schema = "ledger_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(System.getenv(POSTGRES_URL_VARIABLE));
        pg.setUser(envOr("ZHIBAN_TEST_JDBC_USER", "zhiban"));
        pg.setPassword(envOr("ZHIBAN_TEST_JDBC_PASSWORD", "zhiban"));
        pg.setCurrentSchema(schema);
        return migrated(pg, true, schema);
    }

    private static TestDatabase migrated(DataSource dataSource, boolean postgres, String schema) {
        var config = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/ledger/common", "classpath:db/ledger/" + (postgres ? "postgresql" : "h2"))
                .failOnMissingLocations(false);
        if (schema != null) {
            config.schemas(schema).createSchemas(true);
        }
        config.load().migrate();
        return new TestDatabase(dataSource, postgres);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public boolean isPostgres() {
        return postgres;
    }

    /** Raw SQL, as someone with direct database access would run it. */
    public void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** What an attacker with superuser rights does first on PostgreSQL; H2 has no such guard to lift. */
    public void disableAppendOnlyGuard(String table) {
        if (postgres) {
            execute("alter table " + table + " disable trigger all");
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
