package org.zhiban.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.zhiban.Api;
import org.zhiban.Waiting;
import org.zhiban.ZhibanTest;
import org.zhiban.integrations.storage.EmbeddedS3Endpoint;
import org.zhiban.integrations.storage.MinioObjectStore;

/**
 * 合同审查 end to end through the REST API: a DOCX uploaded by 张三 (办公室), reviewed by the Drools rules at once,
 * 会审 by 孙七 (法务, 法制科), 钱八 (财务, 财务科) and 李四 (业务, 办公室), returned, revised, reviewed again, reported
 * and signed by 王五 — with the file encrypted at rest and its hash, every decision and the report on the ledger.
 */
@ZhibanTest
class ContractLifecycleTest {

    @Autowired TestRestTemplate rest;
    @Autowired EmbeddedS3Endpoint s3;

    static String sample(String name) throws IOException {
        try (InputStream in = ContractLifecycleTest.class.getResourceAsStream("/contract/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> findings(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("findings");
    }

    static List<Object> ruleIds(Map<String, Object> report) {
        return findings(report).stream().map(f -> f.get("ruleId")).toList();
    }

    @Test
    void the_review_api_answers_the_report_without_opening_a_case() throws Exception {
        Api zhangsan = Api.as(rest, "zhangsan");
        long before = contractCases(zhangsan);
        var reviewed = zhangsan.upload("/api/contracts/review", "计算机采购合同.docx",
                docx(sample("goods-06-capitals-mismatch.txt")), Map.of());

        assertThat(reviewed.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> report = reviewed.getBody();
        assertThat(report).containsKeys("level", "score", "parties", "amounts", "clauses", "consistency", "findings");
        assertThat(report.get("level")).isIn("high", "medium", "low");
        assertThat(ruleIds(report)).contains("CON-AMT-CAPITALS-MISMATCH", "CON-AMT-MILESTONE-PERCENT");
        Map<String, Object> mismatch = findings(report).stream()
                .filter(f -> "CON-AMT-CAPITALS-MISMATCH".equals(f.get("ruleId"))).findFirst().orElseThrow();
        assertThat(mismatch.get("severity")).isEqualTo("high");
        assertThat((String) mismatch.get("citation")).startsWith("《").contains("第");
        assertThat(mismatch).containsKeys("clause", "excerpt", "message", "suggestion");
        assertThat(findings(report)).allSatisfy(f -> assertThat(f.get("severity")).isIn("high", "medium", "low"));
        assertThat((List<?>) report.get("parties")).isNotEmpty();
        assertThat((List<?>) report.get("amounts")).isNotEmpty();
        assertThat((List<?>) report.get("clauses")).hasSizeGreaterThan(3);
        assertThat(report.get("method")).isEqualTo("rules");
        assertThat((String) report.get("methodNote")).contains("未配置模型");
        assertThat(contractCases(zhangsan)).as("no case opened")
                .isEqualTo(before);
    }

    @Test
    void an_attached_award_notice_is_checked_for_consistency() throws Exception {
        var reviewed = Api.as(rest, "lisi").upload("/api/contracts/review", "采购合同.txt",
                sample("goods-10-award-mismatch.txt").getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(ruleIds(reviewed.getBody())).doesNotContain("CON-CONS-AWARD-AMOUNT");

        var withAward = uploadWithAward(Api.as(rest, "lisi"), sample("goods-10-award-mismatch.txt"),
                sample("goods-10-award-mismatch.award"));
        assertThat(withAward.getStatusCode().value()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> consistency = (List<Map<String, Object>>) withAward.getBody().get("consistency");
        assertThat(consistency).extracting(c -> c.get("ruleId"))
                .contains("CON-CONS-AWARD-AMOUNT", "CON-CONS-AWARD-PERIOD", "CON-CONS-AWARD-SUPPLIER");
        assertThat(ruleIds(withAward.getBody())).contains("CON-CONS-AWARD-AMOUNT", "CON-PROC-SIGN-LATE");
    }

    private org.springframework.http.ResponseEntity<Map<String, Object>> uploadWithAward(Api api, String contract,
                                                                                        String award) {
        var body = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        body.add("file", named("合同.txt", contract.getBytes(StandardCharsets.UTF_8)));
        body.add("award", named("中标通知书.txt", award.getBytes(StandardCharsets.UTF_8)));
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
        return api.rest().exchange("/api/contracts/review", HttpMethod.POST,
                new org.springframework.http.HttpEntity<>(body, headers), new ParameterizedTypeReference<>() {});
    }

    private static org.springframework.core.io.ByteArrayResource named(String name, byte[] content) {
        return new org.springframework.core.io.ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    @Test
    void hostile_or_unreadable_files_are_refused_and_nothing_is_stored() throws Exception {
        Api zhangsan = Api.as(rest, "zhangsan");
        long before = contractCases(zhangsan);

        var bomb = zhangsan.upload("/api/contracts", "合同.docx", zipBomb(), Map.of());
        assertThat(bomb.getStatusCode().value()).isIn(400, 413);
        assertThat(bomb.getBody().get("code")).asString().startsWith("upload.refused");

        var html = zhangsan.upload("/api/contracts", "合同.html",
                "<html><body><script>alert(1)</script>甲方</body></html>".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(html.getStatusCode().value()).isEqualTo(400);
        assertThat(html.getBody().get("code")).isEqualTo("contract.file.type");

        var oversized = zhangsan.upload("/api/contracts", "合同.txt", new byte[21 * 1024 * 1024], Map.of());
        assertThat(oversized.getStatusCode().value()).isEqualTo(413);

        var empty = zhangsan.upload("/api/contracts/review", "合同.txt", "   \n ".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(empty.getStatusCode().value()).isEqualTo(400);

        assertThat(zhangsan.post("/api/cases", Map.of("type", "contract", "title", "没有文件", "data",
                Map.of("upload", "made-up"))).getStatusCode().value()).as("a contract case opens with its file only")
                .isEqualTo(400);
        assertThat(contractCases(zhangsan)).isEqualTo(before);
    }

    @Autowired org.zhiban.integrations.text.DocumentTextExtractor extractor;

    /** A scan (a PNG of a typed contract) is read through OCR; without Tesseract it is refused, saying so. */
    @Test
    void a_scanned_contract_is_read_through_ocr() throws Exception {
        byte[] scan = scan(List.of("货物采购合同", "甲方（采购人）：某市教育局", "乙方（供应商）：某市新科信息技术有限公司",
                "第一条 合同标的", "乙方向甲方提供台式计算机200台。", "第二条 合同价款",
                "合同总价为人民币壹佰贰拾万元整（¥1,200,000.00）。", "第三条 争议解决", "向某市仲裁委员会申请仲裁。"));
        var reviewed = Api.as(rest, "zhangsan").upload("/api/contracts/review", "扫描件.png", scan, Map.of());
        if (!extractor.ocrAvailable()) {
            assertThat(reviewed.getStatusCode().value()).isEqualTo(400);
            assertThat(reviewed.getBody().get("code")).isEqualTo("text.extraction.ocr-not-installed");
            return;
        }
        assertThat(reviewed.getStatusCode().value()).as(String.valueOf(reviewed.getBody())).isEqualTo(200);
        // Tesseract's chi_sim misreads a glyph here and there (甲/乙 at a line's start, ¥); the clauses and their words
        // are what it reads reliably, and what the review works on
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> clauses = (List<Map<String, Object>>) reviewed.getBody().get("clauses");
        assertThat(clauses).extracting(c -> String.valueOf(c.get("text")))
                .anyMatch(t -> t.contains("台式计算机")).anyMatch(t -> t.contains("仲裁委员会"));
        assertThat((List<?>) reviewed.getBody().get("clauses")).hasSizeGreaterThanOrEqualTo(3);
    }

    static byte[] scan(List<String> lines) throws IOException {
        var image = new java.awt.image.BufferedImage(1654, 1300, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(java.awt.Color.BLACK);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new java.awt.Font("WenQuanYi Zen Hei", java.awt.Font.PLAIN, 44));
        int y = 120;
        for (String line : lines) {
            g.drawString(line, 120, y);
            y += 90;
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_contract_is_reviewed_jointly_returned_revised_reported_and_signed() throws Exception {
        Api zhangsan = Api.as(rest, "zhangsan");
        Api sunqi = Api.as(rest, "sunqi");
        Api qianba = Api.as(rest, "qianba");
        Api lisi = Api.as(rest, "lisi");
        Api wangwu = Api.as(rest, "wangwu");
        byte[] flawed = docx(sample("goods-06-capitals-mismatch.txt"));

        var opened = zhangsan.upload("/api/contracts", "计算机采购合同.docx", flawed, Map.of());
        assertThat(opened.getStatusCode().value()).isEqualTo(201);
        String caseId = (String) opened.getBody().get("caseId");
        assertThat(caseId).startsWith("HT-");
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) opened.getBody().get("report");
        assertThat(ruleIds(report)).contains("CON-AMT-CAPITALS-MISMATCH");
        assertThat(report.get("level")).isEqualTo("high");

        // stored encrypted: the raw object is not the file, and says nothing of it
        MinioObjectStore raw = new MinioObjectStore(s3.endpoint(), "zhiban", "zhiban-secret-key", "zhiban");
        byte[] stored = raw.get("attachments/" + sha256(flawed)).orElseThrow();
        assertThat(stored).isNotEqualTo(flawed);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("word/document.xml");

        // 会审 in three departments at once
        Map<String, Object> legalTask = Waiting.until(() -> sunqi.openTask(caseId), t -> t != null);
        assertThat(legalTask.get("name")).isEqualTo("会审");
        assertThat(qianba.openTask(caseId)).isNotNull();
        assertThat(lisi.openTask(caseId)).isNotNull();
        assertThat(zhangsan.openTask(caseId)).isNull();

        var early = sunqi.complete(take(sunqi, caseId), "agree", null, Map.of());
        assertThat(early.getStatusCode().value()).isEqualTo(400);
        assertThat(early.getBody().get("code")).isEqualTo("contract.findings.undecided");

        List<Map<String, Object>> round1 = findings(sunqi.get("/api/contracts/" + caseId).getBody());
        String firstId = (String) round1.get(0).get("id");
        assertThat(sunqi.post("/api/contracts/" + caseId + "/findings/" + firstId + "/decision",
                Map.of("decision", "override")).getStatusCode().value()).as("overriding needs a reason").isEqualTo(400);
        assertThat(zhangsan.post("/api/contracts/" + caseId + "/findings/" + firstId + "/decision",
                Map.of("decision", "accept")).getStatusCode().value()).as("only 会审 reviewers").isEqualTo(403);
        decideAll(sunqi, caseId, "override", "金额以大写为准，已与供应商确认");
        assertThat(sunqi.complete(take(sunqi, caseId), "agree", "法务意见如上", Map.of()).getStatusCode().value())
                .isEqualTo(204);
        decideAll(qianba, caseId, "accept", null);
        assertThat(qianba.complete(take(qianba, caseId), "agree", null, Map.of()).getStatusCode().value()).isEqualTo(204);
        decideAll(lisi, caseId, "accept", null);
        assertThat(lisi.complete(take(lisi, caseId), "return", "大写小写金额须一致，付款比例应合计100%", Map.of())
                .getStatusCode().value()).isEqualTo(204);

        // 修改合同: the same file again is recognised; the corrected one is reviewed anew
        Map<String, Object> revise = Waiting.until(() -> zhangsan.openTask(caseId), t -> t != null);
        assertThat(revise.get("name")).isEqualTo("修改合同");
        var same = zhangsan.upload("/api/contracts/" + caseId + "/file", "计算机采购合同.docx", flawed, Map.of());
        assertThat(same.getStatusCode().value()).isEqualTo(200);
        assertThat(same.getBody().get("unchanged")).isEqualTo(true);
        byte[] fixed = docx(sample("goods-01-computers-clean.txt"));
        assertThat(zhangsan.upload("/api/contracts/" + caseId + "/file", "计算机采购合同（修改）.docx", fixed, Map.of())
                .getBody().get("unchanged")).isEqualTo(false);
        assertThat(zhangsan.complete((String) revise.get("id"), "resubmit", null, Map.of()).getStatusCode().value())
                .isEqualTo(204);
        Map<String, Object> second = zhangsan.get("/api/contracts/" + caseId).getBody();
        assertThat(ruleIds(second)).doesNotContain("CON-AMT-CAPITALS-MISMATCH");
        assertThat(second.get("sha256")).isEqualTo(sha256(fixed));

        for (Api reviewer : List.of(sunqi, qianba, lisi)) {
            Waiting.until(() -> reviewer.openTask(caseId), t -> t != null);
            decideAll(reviewer, caseId, "accept", null);
            assertThat(reviewer.complete(take(reviewer, caseId), "agree", null, Map.of()).getStatusCode().value())
                    .isEqualTo(204);
        }

        // 审查报告 (a job), then 签批
        Map<String, Object> approve = Waiting.until(() -> wangwu.openTask(caseId), t -> t != null);
        assertThat(approve.get("name")).isEqualTo("签批");
        assertThat(wangwu.complete((String) approve.get("id"), "approve", "同意签订", Map.of()).getStatusCode().value())
                .isEqualTo(204);
        Waiting.until(() -> zhangsan.get("/api/cases/" + caseId).getBody(), c -> "completed".equals(c.get("state")));

        Map<String, Object> last = zhangsan.get("/api/contracts/" + caseId).getBody();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> decisions = (List<Map<String, Object>>) last.get("decisions");
        assertThat(decisions).extracting(d -> d.get("part")).contains("legal", "finance", "business", "leader");
        var pdf = rest.withBasicAuth("zhangsan", "demo123").getForEntity("/api/contracts/" + caseId + "/report.pdf",
                byte[].class);
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        var docx = rest.withBasicAuth("zhangsan", "demo123").getForEntity("/api/contracts/" + caseId + "/report.docx",
                byte[].class);
        assertThat(docx.getStatusCode().value()).isEqualTo(200);

        // on the ledger: both files' hashes at upload, the reviews, every finding's decision, the report
        Api auditor = Api.as(rest, "auditor");
        List<Map<String, Object>> records = Waiting.until(() -> auditor.list("/api/ledger/records?caseId=" + caseId),
                r -> r.stream().anyMatch(x -> "approve".equals(x.get("action")) && "approve".equals(x.get("activity"))));
        assertThat(records).filteredOn(r -> "attach".equals(r.get("action"))).extracting(r -> r.get("documentHash"))
                .contains(sha256(flawed), sha256(fixed));
        assertThat(records).extracting(r -> r.get("action")).contains("override-rule", "countersign", "return",
                "submit", "report");
        assertThat(records).filteredOn(r -> "report".equals(r.get("action")) && "report".equals(r.get("activity")))
                .isNotEmpty();

        // the history library knows the overridden finding; a second upload of the flawed file is recognised
        List<Map<String, Object>> history = sunqi.list("/api/contracts/findings?ruleId=CON-AMT-CAPITALS-MISMATCH");
        assertThat(history).anySatisfy(h -> {
            assertThat(h.get("caseId")).isEqualTo(caseId);
            assertThat(h.get("resolution")).isEqualTo("已修改合同消除");
        });
        var again = zhangsan.upload("/api/contracts", "计算机采购合同.docx", flawed, Map.of());
        assertThat((List<Object>) again.getBody().get("sameFileIn")).contains(caseId);
        String other = (String) again.getBody().get("caseId");
        @SuppressWarnings("unchecked")
        Map<String, Object> otherReport = (Map<String, Object>) again.getBody().get("report");
        String mismatchId = (String) findings(otherReport).stream()
                .filter(f -> "CON-AMT-CAPITALS-MISMATCH".equals(f.get("ruleId"))).findFirst().orElseThrow().get("id");
        assertThat(sunqi.list("/api/contracts/" + other + "/findings/" + mismatchId + "/similar"))
                .anySatisfy(p -> assertThat(p.get("caseId")).isEqualTo(caseId));

        // the dashboard counts it and drills down to it
        Map<String, Object> dashboard = wangwu.get("/api/contracts/dashboard").getBody();
        assertThat((Integer) dashboard.get("contracts")).isGreaterThanOrEqualTo(2);
        assertThat(wangwu.list("/api/contracts/dashboard/contracts?dimension=rule&key=CON-AMT-CAPITALS-MISMATCH"))
                .anySatisfy(e -> assertThat(e.get("caseId")).isEqualTo(other));
    }

    private static long contractCases(Api api) {
        return ((Number) api.get("/api/cases?type=contract&size=1").getBody().get("total")).longValue();
    }

    private static String take(Api api, String caseId) {
        return (String) api.openTask(caseId).get("id");
    }

    private static void decideAll(Api reviewer, String caseId, String decision, String opinion) {
        for (Map<String, Object> f : findings(reviewer.get("/api/contracts/" + caseId).getBody())) {
            Map<String, Object> body = new java.util.HashMap<>();
            body.put("decision", decision);
            body.put("opinion", opinion);
            var answer = reviewer.post("/api/contracts/" + caseId + "/findings/" + f.get("id") + "/decision", body);
            assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(200);
        }
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
