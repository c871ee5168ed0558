package org.zhiban.bench.ledger;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.tools.RunScript;

/** A pooled in-memory H2 database (PostgreSQL mode) with the ledger's common migrations applied, as the app's default profile has. */
final class H2Ledger {

    private H2Ledger() {
    }

    static JdbcConnectionPool create() {
        JdbcConnectionPool pool = JdbcConnectionPool.create(
                "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "");
        pool.setMaxConnections(8);
        migrate(pool, "db/ledger/common/V100__review_log.sql");
        migrate(pool, "db/ledger/common/V101__checkpoints_and_anchors.sql");
        return pool;
    }

    // The bench module has no Flyway; the common scripts are plain DDL, so H2's script runner applies them as-is.
    private static void migrate(DataSource dataSource, String resource) {
        try (Connection connection = dataSource.getConnection();
             Reader script = new InputStreamReader(H2Ledger.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            RunScript.execute(connection, script);
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("cannot apply " + resource, e);
        }
    }
}
