package org.zhiban.bench.inbox;

import org.springframework.context.ConfigurableApplicationContext;
import org.zhiban.bench.process.BenchApp;

/**
 * Starts the real 政务智办 application context on the PostgreSQL bench database through the process benchmark's
 * {@link BenchApp} (same settings: web server on a random port, unused; no job executor; no knowledge import;
 * warnings only). Unlike it, PostgreSQL is required: 10^6 cases are not an in-memory H2 workload.
 *
 * <p>{@code -Dbench.jdbc.url} (required), {@code -Dbench.jdbc.user}, {@code -Dbench.jdbc.password} (zhiban/zhiban);
 * {@code -Dbench.spring.args="--a=b --c=d"} for further Spring arguments.
 */
final class InboxBenchApp {

    private InboxBenchApp() {
    }

    static ConfigurableApplicationContext start() {
        jdbcUrl();
        return BenchApp.start("inbox");
    }

    static String jdbcUrl() {
        String url = System.getProperty("bench.jdbc.url");
        if (url == null || url.isBlank() || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("Set -Dbench.jdbc.url=jdbc:postgresql://127.0.0.1:5432/zhiban_bench (a"
                    + " database of its own; see bench/README.md, inbox)");
        }
        return url;
    }

    static String jdbcUser() {
        return System.getProperty("bench.jdbc.user", "zhiban");
    }

    static String jdbcPassword() {
        return System.getProperty("bench.jdbc.password", "zhiban");
    }
}
