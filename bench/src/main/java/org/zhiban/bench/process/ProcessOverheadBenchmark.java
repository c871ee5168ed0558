package org.zhiban.bench.process;

import java.util.List;
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
import org.zhiban.rules.document.DocumentFacts;
import org.zhiban.rules.document.DocumentRules;
import org.zhiban.rules.document.DocumentType;
import org.zhiban.rules.document.Finding;

/**
 * Issue #2: what the thin 公文 process's automated steps cost against a bare start → user task → complete, on the
 * same engine and database, in one running app. A case counts as done when its review records are on the review
 * log, for both processes: the app's review-record listener is attached to every user task of every model, so the
 * bare case makes one record (its task's completion) and the thin case three (拟稿 submit, 核稿 approve, 归档).
 *
 * <ul>
 *   <li>{@code bare}: start the bare process, complete its user task.</li>
 *   <li>{@code thin}: start a 公文 as zhangsan, submit 拟稿 with a valid 发文字号 (Drools check passes), approve 核稿 as
 *       lisi, execute the 归档 job (JSON to the embedded S3 endpoint). Prints a per-step breakdown per iteration.</li>
 *   <li>{@code thinArchiveJob}: the 归档 job alone, on a case prepared outside the measured time.</li>
 *   <li>{@code thinComplianceRules}: the Drools 公文 rule base alone over the same draft (no database).</li>
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

    static final DocumentFacts NOTICE_FACTS = new DocumentFacts(DocumentType.NOTICE, null, null, null,
            "某市人民政府办公室", "某政办发〔2026〕12号", Cases.NOTICE.title(), List.of("各区人民政府", "市政府各部门"),
            Cases.NOTICE.body(), null, "2026年12月1日");

    ConfigurableApplicationContext context;
    Cases cases;
    DocumentRules rules;
    private final Steps steps = new Steps();

    @Setup(Level.Trial)
    public void startApp() {
        context = BenchApp.start();
        cases = new Cases(context);
        rules = context.getBean(DocumentRules.class);
        List<Finding> findings = rules.check(NOTICE_FACTS);
        if (findings.stream().anyMatch(f -> f.severity().blocksSubmission())) {
            throw new IllegalStateException("the benchmark draft does not pass the rules: " + findings);
        }
        // One of each before JMH's own warm-up, so a wrong path fails here, with a clear message.
        cases.bareCase();
        thin();
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
    public void thin() {
        long t0 = System.nanoTime();
        String pi = cases.startDocument();
        long t1 = System.nanoTime();
        cases.submitDraft(pi);
        long t2 = System.nanoTime();
        cases.approve(pi);
        long t3 = System.nanoTime();
        cases.archive(pi);
        long t4 = System.nanoTime();
        cases.awaitLedger();
        steps.add(t0, t1, t2, t3, t4, System.nanoTime());
    }

    @Benchmark
    public void thinArchiveJob(ApprovedCase approved) {
        cases.archive(approved.processInstanceId);
        cases.awaitLedger();
    }

    @Benchmark
    public List<Finding> thinComplianceRules() {
        return rules.check(NOTICE_FACTS);
    }

    /** A 公文 approved at 核稿 and waiting for its 归档 job, made before each measured invocation. */
    @State(Scope.Thread)
    public static class ApprovedCase {
        String processInstanceId;

        @Setup(Level.Invocation)
        public void prepare(ProcessOverheadBenchmark bench) {
            processInstanceId = bench.cases.startDocument();
            bench.cases.submitDraft(processInstanceId);
            bench.cases.approve(processInstanceId);
            bench.cases.awaitLedger();
        }
    }

    /** Where a thin case's time goes: sums per step over one iteration, printed as ms per case. */
    static final class Steps {
        private static final String[] NAMES = {"start", "拟稿 submit + Drools check", "核稿 approve",
                "归档 job", "await review log"};
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
            StringBuilder line = new StringBuilder("thin steps, ms per case over " + count + " cases:");
            for (int i = 0; i < sums.length; i++) {
                line.append(String.format(" | %s %.3f", NAMES[i], sums[i] / 1e6 / count));
            }
            System.out.println(line);
        }
    }
}
