package org.zhiban.ledger.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Named;

/** The databases a storage test runs on: H2 always, PostgreSQL too when ZHIBAN_TEST_JDBC_URL is set. */
public final class Databases {

    private Databases() {
    }

    public static List<Named<Supplier<TestDatabase>>> available() {
        List<Named<Supplier<TestDatabase>>> databases = new ArrayList<>();
        databases.add(Named.of("H2", TestDatabase::h2));
        String url = System.getenv(TestDatabase.POSTGRES_URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            databases.add(Named.of("PostgreSQL", TestDatabase::postgres));
        }
        return databases;
    }
}
