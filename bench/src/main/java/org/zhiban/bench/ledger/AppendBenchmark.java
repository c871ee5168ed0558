package org.zhiban.bench.ledger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.zhiban.ledger.hash.HashAlgorithm;
import org.zhiban.ledger.log.InMemoryLogStore;
import org.zhiban.ledger.log.JdbcLogStore;
import org.zhiban.ledger.log.LogStore;
import org.zhiban.ledger.log.ReviewLog;
import org.zhiban.ledger.record.DocumentHash;
import org.zhiban.ledger.record.ReviewAction;
import org.zhiban.ledger.record.ReviewRecord;
import org.zhiban.ledger.record.Reviewer;

/**
 * 入账吞吐: review records appended per second, SM3 and SHA-256, into the in-memory store and into the JDBC store on
 * in-memory H2 (PostgreSQL mode). Includes building the canonical JSON entry, the leaf and node hashes, the
 * duplicate-id check and the database transaction; one transaction per append, or per batch of 100.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Benchmark)
public class AppendBenchmark {

    private static final int BATCH = 100;

    @Param({"SM3", "SHA_256"})
    public HashAlgorithm algorithm;

    @Param({"memory", "h2"})
    public String store;

    private JdbcConnectionPool pool;
    private ReviewLog log;
    private long counter;

    @Setup(Level.Iteration)
    public void freshLog() {
        LogStore logStore;
        if (store.equals("h2")) {
            pool = H2Ledger.create();
            logStore = new JdbcLogStore(pool, Clock.systemUTC());
        } else {
            logStore = new InMemoryLogStore();
        }
        log = new ReviewLog(logStore, algorithm, Clock.systemUTC());
    }

    @TearDown(Level.Iteration)
    public void closeDatabase() {
        if (pool != null) {
            pool.dispose();
            pool = null;
        }
    }

    @Benchmark
    public Object appendOne() {
        return log.append(record(counter++));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object appendBatchOf100() {
        List<ReviewRecord> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            batch.add(record(counter++));
        }
        return log.appendAll(batch);
    }

    static ReviewRecord record(long n) {
        return new ReviewRecord(null, new Reviewer("user-" + (n % 97), "承办人", "市场监管局"), "CASE-" + (n / 10),
                "pi-" + (n / 10), "review", ReviewAction.values()[(int) (n % ReviewAction.values().length)],
                new DocumentHash("SHA-256", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
                "经审查，材料齐全，符合受理条件，同意办理。第 " + n + " 条。");
    }
}
