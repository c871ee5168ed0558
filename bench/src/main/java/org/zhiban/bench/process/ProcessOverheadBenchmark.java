package org.zhiban.bench.process;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue #10: what the 发文 lifecycle's automated steps cost against a bare process with the same four people's
 * steps (拟稿, 核稿, 签发, 用印印发), on the same engine and database, in one running app. A case counts as done when
 * its review records are on the review log: none for the bare case (the engine alone), eleven for a lifecycle case.
 *
 * <ul>
 *   <li>{@code bare}: start, complete its four user tasks.</li>
 *   <li>{@code lifecycle}: start a 公文 as zhangsan, submit 拟稿 (rules and proofreader pass), approve 核稿 (lisi), sign
 *       (wangwu; 编号 in the same transaction), the 排版 job (DOCX, OFD, PDF to S3), 用印印发 (分发 with it), the
 *       归档 job (the files again, 发文稿纸, manifest). Prints a per-step breakdown per iteration.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
// The MinIO client's OkHttp threads outlive the context by a minute; JMH need not wait for them after the trial.
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Djmh.shutdownTimeout=2", "-Djmh.shutdownTimeout.step=1"})
@State(Scope.Benchmark)
public class ProcessOverheadBenchmark {

    ConfigurableApplicationContext context;
    Cases cases;
    private final Steps steps = new Steps();

    @Setup(Level.Trial)
    public void startApp() {
        context = BenchApp.start();
        cases = new Cases(context);
        // One of each before JMH's own warm-up, so a wrong path fails here, with a clear message.
        cases.bareCase();
        lifecycle();
    }

    @TearDown(Level.Trial)
    public void stopApp() {
        if (context != null) {
            context.close();
        }
    }

    @Setup(Level.Iteration)
    public void resetSteps() {
        steps.reset();
    }

    @TearDown(Level.Iteration)
    public void printSteps() {
        steps.print();
    }

    @Benchmark
    public void bare() {
        cases.bareCase();
        cases.awaitLedger();
    }

    @Benchmark
    public void lifecycle() {
        long t0 = System.nanoTime();
        String pi = cases.startDocument();
        long t1 = System.nanoTime();
        cases.submitDraft(pi);
        long t2 = System.nanoTime();
        cases.approve(pi);
        long t3 = System.nanoTime();
        cases.sign(pi);
        long t4 = System.nanoTime();
        cases.layout(pi);
        long t5 = System.nanoTime();
        cases.issue(pi);
        long t6 = System.nanoTime();
        cases.archive(pi);
        long t7 = System.nanoTime();
        cases.awaitLedger();
        steps.add(t0, t1, t2, t3, t4, t5, t6, t7, System.nanoTime());
    }

    /** Where a lifecycle case's time goes: sums per step over one iteration, printed as ms per case. */
    static final class Steps {
        private static final String[] NAMES = {"start", "拟稿 submit + check + proofreading", "核稿 approve",
                "签发 + 编号", "排版 job", "用印印发 + 分发", "归档 job", "await review log"};
        private final long[] sums = new long[NAMES.length];
        private long count;

        void reset() {
            java.util.Arrays.fill(sums, 0);
            count = 0;
        }

        void add(long... marks) {
            for (int i = 0; i < sums.length; i++) {
                sums[i] += marks[i + 1] - marks[i];
            }
            count++;
        }

        void print() {
            if (count == 0) {
                return;
            }
            StringBuilder line = new StringBuilder("lifecycle steps, ms per case over " + count + " cases:");
            for (int i = 0; i < sums.length; i++) {
                line.append(String.format(" | %s %.3f", NAMES[i], sums[i] / 1e6 / count));
            }
            System.out.println(line);
        }
    }
}
