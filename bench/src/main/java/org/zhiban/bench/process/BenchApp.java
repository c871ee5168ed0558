package org.zhiban.bench.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the real 政务智办 application context for a benchmark trial: Camunda engine, Drools rule base, embedded S3
 * endpoint, review log and outbox, on in-memory H2 (or PostgreSQL when {@code -Dbench.jdbc.url} is set). The web
 * server listens on a random port and is not used; no job executor (benchmarks run jobs themselves so the time they take is counted, and counted once).
 * The inbox benchmark starts the app through here too ({@code InboxBenchApp}), so both run with the same settings.
 */
public final class BenchApp {

    static final String APP_CLASS = "org.zhiban.ZhibanApplication";

    private BenchApp() {
    }

    static ConfigurableApplicationContext start() {
        return start("process");
    }

    /** @param bench names the benchmark, for the data directory {@code bench/target/<bench>-bench} */
    public static ConfigurableApplicationContext start(String bench) {
        Class<?> app;
        try {
            app = Class.forName(APP_CLASS);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The app is not on the classpath. The " + bench + " benchmark runs from the"
                    + " plain classpath, not from benchmarks.jar: see bench/README.md", e);
        }
        // Command-line arguments outrank application.yml; SpringApplicationBuilder.properties() would not.
        return new SpringApplicationBuilder(app).run(arguments(dataDir(bench)).toArray(String[]::new));
    }

    static List<String> arguments(Path dataDir) {
        List<String> args = new ArrayList<>(List.of(
                // Not web-application-type=none: the security filter chains need Spring MVC in the context.
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--zhiban.data-dir=" + dataDir,
                "--zhiban.demo.enabled=true",
                "--zhiban.knowledge.import-on-start=false",
                "--camunda.bpm.job-execution.enabled=false",
                "--logging.level.root=warn",
                "--logging.level.org.zhiban=warn"));
        String jdbcUrl = System.getProperty("bench.jdbc.url");
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            args.add("--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
        } else {
            args.add("--spring.datasource.url=" + jdbcUrl);
            args.add("--spring.datasource.username=" + System.getProperty("bench.jdbc.user", "zhiban"));
            args.add("--spring.datasource.password=" + System.getProperty("bench.jdbc.password", "zhiban"));
        }
        // Any further Spring argument, e.g. -Dbench.spring.args="--zhiban.ledger.hash-algorithm=SHA-256"; last wins.
        String extra = System.getProperty("bench.spring.args", "").strip();
        if (!extra.isEmpty()) {
            args.addAll(List.of(extra.split("\\s+")));
        }
        return args;
    }

    /** A fresh directory under bench/target for each trial (objects, signing key), wherever the JVM was started. */
    static Path dataDir(String bench) {
        try {
            Path code = Path.of(BenchApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // bench/target/classes or bench/target/benchmarks.jar: either way its parent is bench/target.
            Path target = code.getParent();
            Path root = Files.createDirectories(target.resolve(bench + "-bench"));
            return Files.createTempDirectory(root, "run-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
