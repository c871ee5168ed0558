package org.zhiban.contract.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.zhiban.contract.ContractReport;
import org.zhiban.contract.ContractReport.AmountView;
import org.zhiban.contract.ContractReport.CitationRef;
import org.zhiban.contract.ContractReport.DecisionView;
import org.zhiban.contract.ContractReport.FindingView;
import org.zhiban.contract.ContractReport.PartyView;

class ContractReportDocumentsTest {

    static final Path OUT = Path.of("target", "contract-report");

    /** 2024-03-05 10:30 in Beijing. */
    static final Instant GENERATED = Instant.parse("2024-03-05T02:30:00Z");
    static final String EXCERPT = "乙方逾期交付的，每逾期一日按合同总价款的百分之五向甲方支付违约金";
    /** Long enough that it must wrap many times, and with the other long text push the report past one page. */
    static final String LONG = "甲方应当在收到乙方开具的合法有效发票并经验收合格后三十日内，以银行转账方式向乙方支付相应款项，"
            .repeat(12);

    @Test
    void the_docx_opens_with_poi_and_carries_heading_rule_decisions_score_and_beijing_time() throws IOException {
        byte[] docx = ContractReportDocuments.docx(aReport());
        write("report.docx", docx);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("合同审查报告", "CR-PENALTY-001", "CR-PAY-003", "采纳", "不采纳", "72分",
                    ContractReportDocuments.Content.FORMULA, "（2024）合审字第12号", "法务科",
                    "91350100M000100Y43", "校验通过", "校验未通过", "1,200,000.00", "签批同意", "退回",
                    "仅规则与检索（未配置模型）", "2024年3月5日 10:30", "建议修改：", "依据：", "《民法典》第五百八十五条",
                    "规则", "模型", "合同金额大写与小写不一致", "审查人（签字）：",
                    "共5项，其中高风险1项、中风险3项、低风险1项");
            // grouped 高 → 中 → 低, whatever order the findings came in
            assertThat(text).containsSubsequence("（一）高风险（1项）", "CR-PENALTY-001", "（二）中风险（3项）", "CR-PAY-003",
                    "（三）低风险（1项）", "CR-FORM-010", "六、一致性检查", "CR-CONS-001", "七、会审与签批记录");
            assertThat(text).doesNotContain(ContractReportDocuments.Content.NO_FINDINGS,
                    ContractReportDocuments.Content.NO_INCONSISTENCY);
            assertThat(doc.getTables()).hasSize(4);
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("合同审查报告：办公设备采购合同");
        }
    }

    @Test
    void the_pdf_opens_with_pdfbox_wraps_within_the_page_and_breaks_pages() throws IOException {
        byte[] pdf = ContractReportDocuments.pdf(aReport());
        write("report.pdf", pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc);
            String flat = text.replaceAll("\\s+", "");
            assertThat(flat).contains("合同审查报告", "CR-PENALTY-001", EXCERPT, "不采纳", "72分", "2024年3月5日10:30",
                    "第1页共" + doc.getNumberOfPages() + "页", LONG.replaceAll("\\s+", ""));
            // the font has no U+2212: the formula still reads, with a hyphen, and nothing printed as "?"
            assertThat(flat).contains("评分=100-20×高-8×中-2×低，不低于0").doesNotContain("?");
            // a rule id and a time are not torn across lines
            assertThat(text).contains("CR-PENALTY-001", "10:00）");
            assertThat(flat).containsSubsequence("高风险（1项）", "中风险（3项）", "低风险（1项）", "一致性检查",
                    "会审与签批记录");
            // the long opinion is wrapped, not run off the page: no glyph beyond the right margin
            float right = doc.getPage(0).getMediaBox().getWidth() - 20 * 72f / 25.4f;
            assertThat(rightmostGlyph(doc)).isLessThanOrEqualTo(right + 0.5f);
            assertThat(text.lines().filter(l -> l.contains("甲方应当")).count()).isGreaterThan(5);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("合同审查报告：办公设备采购合同");
        }
    }

    @Test
    void the_pdf_embeds_a_subset_of_the_font_it_is_given() throws IOException {
        byte[] pdf = ContractReportDocuments.pdf(aReport(), ContractReportDocuments.DEFAULT_FONT);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                var font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                // a subset's name carries the six-letter tag PDFBox gives it
                assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
            }
        }
        // a whole CJK font is megabytes; the subset of a few hundred glyphs is far less
        assertThat(pdf.length).isLessThan(1_500_000);
    }

    @Test
    void an_empty_batch_report_renders_with_nothing_found() throws IOException {
        ContractReport empty = new ContractReport(null, null, null, null, null, "low", null, 100, "rules", null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);

        try (XWPFWordExtractor extractor = new XWPFWordExtractor(
                new XWPFDocument(new ByteArrayInputStream(ContractReportDocuments.docx(empty))))) {
            assertThat(extractor.getText()).contains("未发现问题", "未发现不一致", "未关联案件", "低风险", "100分",
                    "仅规则与检索", "尚无会审与签批记录", "未识别到合同主体", "未识别到金额");
        }
        byte[] pdf = ContractReportDocuments.pdf(empty);
        write("empty.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
                    .contains("合同审查报告", "未发现问题", "未发现不一致", "未关联案件");
        }
    }

    @Test
    void a_missing_font_file_is_a_clear_error() {
        assertThatThrownBy(() -> ContractReportDocuments.pdf(aReport(), Path.of("/nonexistent/font.ttf")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/nonexistent/font.ttf");
    }

    @Test
    void codes_read_as_an_office_writes_them() {
        var labels = List.of(ContractReportDocuments.Labels.decision("agree"),
                ContractReportDocuments.Labels.decision("return"), ContractReportDocuments.Labels.decision("approve"),
                ContractReportDocuments.Labels.decision("accept"), ContractReportDocuments.Labels.decision("override"),
                ContractReportDocuments.Labels.part("legal"), ContractReportDocuments.Labels.part("finance"),
                ContractReportDocuments.Labels.part("business"), ContractReportDocuments.Labels.part("leader"),
                ContractReportDocuments.Labels.source("rule"), ContractReportDocuments.Labels.source("model"));
        assertThat(labels).containsExactly("同意", "退回", "签批同意", "采纳", "不采纳", "法务", "财务", "业务", "领导",
                "规则", "模型");
        assertThat(ContractReportDocuments.Labels.method("rules", "未配置模型")).isEqualTo("仅规则与检索（未配置模型）");
        // the model's own example already names the method: not said twice
        assertThat(ContractReportDocuments.Labels.method("rules", "未配置模型，仅规则与检索"))
                .isEqualTo("未配置模型，仅规则与检索");
        assertThat(ContractReportDocuments.Labels.level("high", null)).isEqualTo("高风险");
        assertThat(ContractReportDocuments.Labels.level("medium", "中")).isEqualTo("中风险");
        assertThat(ContractReportDocuments.Labels.time(GENERATED)).isEqualTo("2024年3月5日 10:30");
        assertThat(ContractReportDocuments.Labels.decision(null)).isEmpty();
    }

    @Test
    void wrapping_keeps_lines_within_the_width_and_follows_the_line_breaking_rules() {
        // every character one unit wide: a width of 10 holds ten
        List<String> lines = ContractReportDocuments.wrap("一二三四五六七八九十，一二三四五六七八九十（甲方）CR-PAY-003与\n下一段",
                10, 10, cp -> 1);

        assertThat(lines).allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(10));
        assertThat(lines).noneMatch(line -> line.startsWith("，") || line.startsWith("）"));
        assertThat(lines).noneMatch(line -> line.endsWith("（"));
        // a Latin run is carried whole with the closing bracket that may not open a line
        assertThat(ContractReportDocuments.wrap("一二三四10:00）", 9, 9, cp -> 1)).containsExactly("一二三四", "10:00）");
        // the rule id is not torn apart, and the forced break is kept
        assertThat(lines).anyMatch(line -> line.contains("CR-PAY-003"));
        assertThat(lines).last().isEqualTo("下一段");
        assertThat(String.join("", lines)).isEqualTo("一二三四五六七八九十，一二三四五六七八九十（甲方）CR-PAY-003与下一段");
        // the first line may be shorter, beside its label
        assertThat(ContractReportDocuments.wrap("一二三四五六", 2, 4, cp -> 1)).containsExactly("一二", "三四五六");
        // a run wider than a line (a SHA-256) is cut
        assertThat(ContractReportDocuments.wrap("a".repeat(25), 10, 10, cp -> 1)).hasSize(3);
    }

    static ContractReport aReport() {
        DecisionView legalAccepts = new DecisionView("f1", "legal", "u1", "张法务", "法务科", "accept", "同意修改违约金比例",
                Instant.parse("2024-03-04T01:00:00Z"));
        DecisionView businessOverrides = new DecisionView("f2", "business", "u2", "李业务", "采购科", "override",
                "付款期限系供应商投标承诺，维持原约定", Instant.parse("2024-03-04T02:00:00Z"));
        DecisionView financeAccepts = new DecisionView("f3", "finance", "u3", "王财务", "财务科", "accept", null,
                Instant.parse("2024-03-04T03:00:00Z"));
        CitationRef ref = new CitationRef("民法典", "第五百八十五条", null, null, true);
        List<FindingView> findings = new ArrayList<>();
        findings.add(new FindingView("f2", "CR-PAY-003", "medium", "第四条 付款方式", LONG, 120, 400,
                "付款期限超过六十日，不符合保障中小企业款项支付的要求", "将付款期限改为收到发票后三十日内", "《保障中小企业款项支付条例》第八条",
                null, "rule", false, List.of(businessOverrides)));
        findings.add(new FindingView("f1", "CR-PENALTY-001", "high", "第九条 违约责任", EXCERPT, 900, 940,
                "违约金约定过高，可能被认定为过分高于造成的损失", "将违约金调整为每日万分之五，累计不超过合同总价款的百分之二十",
                "《民法典》第五百八十五条", ref, "rule", false, List.of(legalAccepts)));
        findings.add(new FindingView("f3", "CR-MODEL-007", "medium", "第六条 验收", "验收标准以甲方意见为准", null, null,
                "验收标准不明确，易生争议", "写明验收依据的国家标准与技术参数", null, null, "model", false,
                List.of(financeAccepts)));
        findings.add(new FindingView("f4", "CR-FORM-010", "low", null, null, null, null, "合同未载明签订地点", null, null,
                null, "rule", false, List.of()));
        FindingView consistency = new FindingView("f5", "CR-CONS-001", "medium", "第三条 合同价款", "壹佰贰拾万元整（¥1,000,000元）",
                200, 230, "合同金额大写与小写不一致", "核对并统一大小写金额", null, null, "rule", true, List.of());
        // findings holds every finding, the consistency one included; consistency holds that one alone
        findings.add(consistency);
        List<DecisionView> decisions = new ArrayList<>(List.of(legalAccepts, businessOverrides, financeAccepts));
        decisions.add(new DecisionView(null, "legal", "u1", "张法务", "法务科", "agree", LONG,
                Instant.parse("2024-03-04T05:00:00Z")));
        decisions.add(new DecisionView(null, "leader", "u9", "赵局长", "局领导", "return", "请补充付款条款依据",
                Instant.parse("2024-03-04T06:00:00Z")));
        decisions.add(new DecisionView(null, "leader", "u9", "赵局长", "局领导", "approve", "同意",
                Instant.parse("2024-03-05T01:00:00Z")));
        return new ContractReport("（2024）合审字第12号", "办公设备采购合同", "法务科", "办公设备采购合同（定稿）.docx",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "high", "高", 72, "rules",
                "未配置模型",
                List.of(new PartyView("buyer", "甲方", "某市财政局", "某市人民路1号", "11350100003591201X", false),
                        new PartyView("seller", "乙方", "某某办公设备有限公司", "某市高新区科技大道88号创新园A座12层",
                                "91350100M000100Y43", true)),
                List.of(new AmountView("壹佰贰拾万元整", new BigDecimal("1200000"), "upper", "第三条"),
                        new AmountView("¥1,000,000元", new BigDecimal("1000000.00"), "lower", "第三条")),
                List.of(), findings, List.of(consistency), decisions, GENERATED);
    }

    /** The largest x any glyph reaches, across all pages. */
    private static float rightmostGlyph(PDDocument doc) throws IOException {
        float[] max = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                for (TextPosition p : positions) {
                    max[0] = Math.max(max[0], p.getXDirAdj() + p.getWidthDirAdj());
                }
                super.writeString(text, positions);
            }
        };
        stripper.getText(doc);
        return max[0];
    }

    private static void write(String name, byte[] bytes) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name), bytes);
    }
}
