package org.zhiban.bench.inbox;

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
 * Starts the real 政务智办 application context on the PostgreSQL bench database, with the same settings as the
 * process benchmark's {@code org.zhiban.bench.process.BenchApp} (which is package-private there): web server on a
 * random port (unused), no job executor, no knowledge import, warnings only. Unlike it, PostgreSQL is required:
 * 10^6 cases are not an in-memory H2 workload.
 *
 * <p>{@code -Dbench.jdbc.url} (required), {@code -Dbench.jdbc.user}, {@code -Dbench.jdbc.password} (zhiban/zhiban);
 * {@code -Dbench.spring.args="--a=b --c=d"} for further Spring arguments.
 */
final class InboxBenchApp {

    static final String APP_CLASS = "org.zhiban.ZhibanApplication";

    private InboxBenchApp() {
    }

    static ConfigurableApplicationContext start() {
        Class<?> app;
        try {
            app = Class.forName(APP_CLASS);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The app is not on the classpath. The inbox benchmark runs from the plain"
                    + " classpath (the app's extracted exec jar), not from benchmarks.jar: see bench/README.md", e);
        }
        // Command-line arguments outrank application.yml.
        return new SpringApplicationBuilder(app).run(arguments().toArray(String[]::new));
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

    static List<String> arguments() {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--zhiban.data-dir=" + dataDir(),
                "--zhiban.demo.enabled=true",
                "--zhiban.knowledge.import-on-start=false",
                "--camunda.bpm.job-execution.enabled=false",
                "--logging.level.root=warn",
                "--logging.level.org.zhiban=warn",
                "--spring.datasource.url=" + jdbcUrl(),
                "--spring.datasource.username=" + jdbcUser(),
                "--spring.datasource.password=" + jdbcPassword()));
        String extra = System.getProperty("bench.spring.args", "").strip();
        if (!extra.isEmpty()) {
            args.addAll(List.of(extra.split("\\s+")));
        }
        return args;
    }

    /** A fresh directory under bench/target/inbox-bench for each start (objects, signing key). */
    static Path dataDir() {
        try {
            Path code = Path.of(InboxBenchApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = Files.createDirectories(code.getParent().resolve("inbox-bench"));
            return Files.createTempDirectory(root, "run-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
