package org.zhiban.bench.document;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.zhiban.rules.document.Direction;
import org.zhiban.rules.document.DocumentFacts;
import org.zhiban.rules.document.DocumentRules;
import org.zhiban.rules.document.DocumentType;
import org.zhiban.rules.document.Finding;
import org.zhiban.rules.proofreading.Proofreader;
import org.zhiban.rules.proofreading.Typo;

/**
 * Issue #10: the compliance check of a 10-page document (GB/T 9704: 22 lines × 28 characters a page, so 6,160
 * characters; the body here is about that, headings included), as the editor and the API run it — the Drools rules over
 * the elements, then the proofreader over the body. Target: under 200 ms.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Benchmark)
public class DocumentCheckBenchmark {

    private static final String[] PARAGRAPHS = {
            "为深入贯彻落实党中央、国务院关于安全生产工作的决策部署，进一步压实安全生产责任，有效防范化解重大安全风险，经市政府同意，现就做好有关工作通知如下。",
            "各区人民政府、市政府各部门要坚持人民至上、生命至上，统筹发展和安全，全面排查整治各类安全隐患，坚决遏制重特大事故发生。",
            "要严格落实企业主体责任、部门监管责任和属地管理责任，建立健全隐患排查治理长效机制，做到责任、措施、资金、时限和预案五落实。",
            "要加强重点行业领域安全监管，对道路交通、建筑施工、危险化学品、消防等领域开展专项检查，发现问题立即整改，整改不到位的依法依规严肃处理。"};

    DocumentRules rules;
    Proofreader proofreader;
    DocumentFacts tenPages;

    @Setup
    public void load() {
        rules = new DocumentRules();
        proofreader = Proofreader.load();
        StringBuilder body = new StringBuilder();
        String[] headings = {"一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、"};
        for (int section = 0; section < 10; section++) {
            body.append(headings[section]).append("关于第").append(section + 1).append("项工作的要求\n");
            for (int i = 0; i < 9; i++) {
                body.append("（").append("一二三四五六七八九".charAt(i)).append("）").append(PARAGRAPHS[(section + i) % 4]).append('\n');
            }
        }
        tenPages = DocumentFacts.builder(DocumentType.NOTICE).direction(Direction.DOWNWARD)
                .issuingOrgan("某市人民政府办公室").documentNumber("某政办发〔2026〕12号")
                .title("某市人民政府办公室关于切实做好安全生产工作的通知").mainRecipients(List.of("各区人民政府", "市政府各部门"))
                .body(body.toString()).signingDate("2026年12月1日").build();
        System.out.println("body: " + tenPages.body().length() + " characters");
    }

    /** Rules and proofreading, as DocumentChecking runs them. */
    @Benchmark
    public int checkTenPages() {
        List<Finding> findings = rules.check(tenPages);
        List<Typo> typos = proofreader.check(tenPages.body());
        return findings.size() + typos.size();
    }

    @Benchmark
    public List<Finding> rulesOnly() {
        return rules.check(tenPages);
    }

    @Benchmark
    public List<Typo> proofreadingOnly() {
        return proofreader.check(tenPages.body());
    }
}
