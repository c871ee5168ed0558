package org.zhiban.bench.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhiban.integrations.text.DocumentTextExtractor;
import org.zhiban.integrations.text.ExtractedText;
import org.zhiban.integrations.text.TextExtractionSettings;
import org.zhiban.rules.contract.ContractFinding;
import org.zhiban.rules.contract.ContractParser;
import org.zhiban.rules.contract.ContractRisk;
import org.zhiban.rules.contract.ContractRules;
import org.zhiban.rules.contract.ParsedContract;
import org.zhiban.rules.contract.ReviewContext;

/**
 * Issue #11: 合同审查 of a 30-page DOCX without a model, target under 1 s — the pipeline the review API runs: text
 * extraction ({@link DocumentTextExtractor}, Tika's OOXML parser), {@link ContractParser}, the Drools rule base
 * ({@link ContractRules#review}) and {@link ContractRisk}.
 *
 * <p>The contract is a 政府采购 contract for a 智慧政务大厅 (goods, software, installation, three years of operation),
 * grown from the project's sample contracts to 66 articles with sub-clauses, technical specifications, payment
 * milestones, a 29-line 分项报价清单 (the contract price is their sum, stated in 大写 and in figures), a
 * configuration table and a two-column signature table; its text is {@code procurement-contract.txt} beside this
 * class on the classpath. It is laid out as an A4 DOCX with Word's default margins (2.54 / 3.17 cm), body text 宋体 小四 (12 pt) at
 * 1.5 line spacing, tables 10 pt (五号 is 10.5; POI sets whole points). Pages are estimated from the extracted text at 900 non-blank characters a
 * page (A4, 小四, 1.5 lines: 34 characters × 29 lines = 986 at most, less the ends of paragraphs); the DOCX holds no
 * page count of its own (only a layout engine knows it), so write it out with {@code -Dbench.docx=…} and convert it
 * to count the pages that way.
 *
 * <p>Not JMH: one plain {@code main} that times each stage of every run, so that the median, p95 and the breakdown
 * come from the same runs. The rule base is compiled once before (as a service would at start) and not counted.
 *
 * <p>Options (system properties): {@code bench.warmup} (runs before measuring, default 30), {@code bench.runs}
 * (measured runs, default 100), {@code bench.docx} (a path to write the generated DOCX to).
 */
public final class ContractReviewBenchmark {

    /** Characters a page, for the page estimate (see the class comment). */
    static final int CHARACTERS_PER_PAGE = 900;

    private static final String TEXT = "procurement-contract.txt";
    private static final Pattern ARTICLE = Pattern.compile("^第[一二三四五六七八九十百零〇]+条 .*");
    private static final Pattern NON_BLANK = Pattern.compile("\\S");

    /** 分项报价清单: name, specification, unit, quantity, unit price (元). */
    record Item(String name, String specification, String unit, int quantity, long unitPrice, String brand,
                String maker) {
        long total() {
            return quantity * unitPrice;
        }
    }

    static final List<Item> ITEMS = List.of(
            new Item("自助服务终端", "ZW-SS8000，27英寸触摸屏，集成身份证、社保卡、扫码、人脸识别和打印模块", "台", 20, 38_000, "华政", "某省华政智能设备有限公司"),
            new Item("综合窗口排队叫号系统", "含取号机2台、窗口屏60块、综合屏2块及呼叫软件", "套", 1, 186_000, "华政", "某省华政智能设备有限公司"),
            new Item("政务服务评价器", "PJ-101，10.1英寸，支持人脸核验和电子签名", "台", 60, 1_200, "华政", "某省华政智能设备有限公司"),
            new Item("LED信息发布屏", "P2.5全彩，单块约12平方米，含播控系统", "块", 2, 96_000, "明光", "某市明光光电科技有限公司"),
            new Item("触摸查询一体机", "CX-55，55英寸，立式，红外十点触控", "台", 8, 15_800, "华政", "某省华政智能设备有限公司"),
            new Item("高拍仪", "GP-1600，1600万像素，A3幅面", "台", 60, 1_500, "清图", "某市清图影像技术有限公司"),
            new Item("身份证阅读器", "SF-450，符合GA 450-2013", "台", 60, 800, "清图", "某市清图影像技术有限公司"),
            new Item("窗口台式计算机", "国产8核处理器，16GB内存，512GB固态硬盘，23.8英寸显示器", "台", 60, 6_000, "长城", "某省长城信息产业有限公司"),
            new Item("激光打印机", "A4黑白，35页/分钟，自动双面，网络打印", "台", 30, 2_800, "奔图", "某省奔图电子有限公司"),
            new Item("证照打印机", "A3彩色激光，1200×1200dpi", "台", 4, 12_600, "奔图", "某省奔图电子有限公司"),
            new Item("应用服务器", "2U，2路32核国产处理器，256GB内存", "台", 4, 85_000, "曙光", "某省曙光信息产业有限公司"),
            new Item("数据库服务器", "2U，2路32核国产处理器，512GB内存", "台", 2, 118_000, "曙光", "某省曙光信息产业有限公司"),
            new Item("存储设备", "双控，128GB缓存，可用容量不低于100TB", "套", 1, 268_000, "曙光", "某省曙光信息产业有限公司"),
            new Item("核心交换机", "48个万兆光口，交换容量19.2Tbps", "台", 2, 68_000, "锐捷", "某省锐捷网络有限公司"),
            new Item("接入交换机", "48个千兆电口，4个万兆光口，PoE", "台", 12, 6_500, "锐捷", "某省锐捷网络有限公司"),
            new Item("下一代防火墙", "吞吐量不低于20Gbps，含三年特征库升级", "台", 2, 58_000, "天融", "某省天融信息安全有限公司"),
            new Item("网闸", "政务外网与互联网隔离交换", "台", 1, 76_000, "天融", "某省天融信息安全有限公司"),
            new Item("不间断电源", "60kVA，后备30分钟，含电池监控", "套", 1, 98_000, "科华", "某省科华电源有限公司"),
            new Item("精密空调", "25kW，下送风，远程监控", "台", 2, 64_000, "科华", "某省科华电源有限公司"),
            new Item("综合布线", "六类非屏蔽，信息点420个", "项", 1, 158_000, "—", "某市信达通信工程有限公司（分包）"),
            new Item("智能导办机器人", "语音交互，自主导航，知识库不少于800项", "台", 2, 88_000, "优行", "某市优行机器人有限公司"),
            new Item("视频监控系统", "400万像素网络摄像机48路，录像存储90日", "套", 1, 138_000, "海视", "某省海视安防技术有限公司"),
            new Item("大厅广播系统", "分区广播8区，消防联动", "套", 1, 42_000, "海视", "某省海视安防技术有限公司"),
            new Item("智慧大厅管理平台软件", "预约、叫号、窗口、好差评、自助、统计、监测模块", "套", 1, 420_000, "新科", "某市新科信息技术有限公司"),
            new Item("电子证照对接接口开发", "对接省电子证照库，调用、核验和归档", "项", 1, 86_000, "新科", "某市新科信息技术有限公司"),
            new Item("数据可视化大屏软件", "运行态势展示，不少于5套模板", "套", 1, 65_000, "新科", "某市新科信息技术有限公司"),
            new Item("系统集成及安装调试", "全部货物的安装、集成、数据迁移和联调", "项", 1, 96_000, "—", "某市新科信息技术有限公司"),
            new Item("人员培训", "窗口人员、管理人员及系统管理员培训", "项", 1, 28_000, "—", "某市新科信息技术有限公司"),
            new Item("三年运维服务", "驻场2人，7×24小时响应", "项", 1, 150_000, "—", "某市新科信息技术有限公司"));

    public static void main(String[] args) throws IOException {
        int warmup = Integer.getInteger("bench.warmup", 30);
        int runs = Integer.getInteger("bench.runs", 100);
        quietLogging();

        byte[] docx = contractDocx();
        String docxOut = System.getProperty("bench.docx");
        if (docxOut != null && !docxOut.isBlank()) {
            Files.write(Path.of(docxOut), docx);
            System.out.println("DOCX written to " + docxOut);
        }

        long compileStart = System.nanoTime();
        ContractRules rules = ContractRules.load();
        double compileMs = ms(System.nanoTime() - compileStart);
        DocumentTextExtractor extractor = new DocumentTextExtractor(TextExtractionSettings.defaults());
        ContractParser parser = new ContractParser();

        // The first review in a fresh JVM (classes loading, nothing compiled by the JIT yet), then the warm-up.
        Timing first = reviewOnce(extractor, parser, rules, docx);
        for (int i = 0; i < warmup; i++) {
            reviewOnce(extractor, parser, rules, docx);
        }
        List<Timing> measured = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            measured.add(reviewOnce(extractor, parser, rules, docx));
        }
        Timing last = measured.get(measured.size() - 1);

        report(docx, first, measured, last, compileMs, warmup);
    }

    /**
     * WARN and up, as in the app: without a logback configuration on this classpath logback logs DEBUG, and Drools
     * logs each session's agenda states — console output the review does not do in the app.
     */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /** One review as the API runs it, each stage timed. */
    static Timing reviewOnce(DocumentTextExtractor extractor, ContractParser parser, ContractRules rules, byte[] docx) {
        long t0 = System.nanoTime();
        ExtractedText extracted = extractor.extract(docx);
        long t1 = System.nanoTime();
        ParsedContract parsed = parser.parse(extracted.text());
        long t2 = System.nanoTime();
        List<ContractFinding> findings = rules.review(parsed, Optional.empty(), ReviewContext.on(LocalDate.now()));
        ContractRisk risk = ContractRisk.of(findings);
        long t3 = System.nanoTime();
        return new Timing(t1 - t0, t2 - t1, t3 - t2, extracted, parsed, findings, risk);
    }

    record Timing(long extractNs, long parseNs, long rulesNs, ExtractedText extracted, ParsedContract parsed,
                  List<ContractFinding> findings, ContractRisk risk) {
        long totalNs() {
            return extractNs + parseNs + rulesNs;
        }
    }

    private static void report(byte[] docx, Timing first, List<Timing> runs, Timing last, double compileMs,
                               int warmup) {
        String text = last.extracted().text();
        long nonBlank = NON_BLANK.matcher(text).results().count();
        ParsedContract parsed = last.parsed();
        System.out.println();
        System.out.println("== Contract ==");
        System.out.printf(Locale.ROOT, "DOCX %,d bytes; extracted text %,d characters, %,d non-blank%n",
                docx.length, text.length(), nonBlank);
        System.out.printf(Locale.ROOT, "pages (estimate, %d non-blank characters a page): %.1f; page count in the DOCX: %s%n",
                CHARACTERS_PER_PAGE, nonBlank / (double) CHARACTERS_PER_PAGE,
                last.extracted().pages() == 0 ? "none (not laid out)" : last.extracted().pages());
        System.out.printf(Locale.ROOT, "parsed: title %s; %d parties; %d articles, %d clauses in all; %d amounts (%d 大写/小写 pairs); "
                        + "%d dates; %d periods; %d payment milestones; %d securities; %d penalty clauses; dispute: %s; "
                        + "signature block: %s%n",
                parsed.title(), parsed.parties().size(), parsed.articles().size(), parsed.clauses().size(),
                parsed.amounts().size(), parsed.amountPairs().size(), parsed.dates().size(), parsed.periods().size(),
                parsed.milestones().size(), parsed.securities().size(), parsed.penalties().size(),
                parsed.dispute() == null ? "none" : "yes",
                parsed.signature() == null ? "none" : parsed.signature().signatories().size() + " signatories");
        System.out.printf(Locale.ROOT, "findings: %d (高 %d, 中 %d, 低 %d); risk score %d, level %s%n",
                last.findings().size(), last.risk().high(), last.risk().medium(), last.risk().low(),
                last.risk().score(), last.risk().level().label());
        Map<String, Long> byRule = last.findings().stream().collect(
                Collectors.groupingBy(f -> f.severity().label() + " " + f.ruleId(), TreeMap::new, Collectors.counting()));
        byRule.forEach((rule, count) -> System.out.println("  " + rule + (count > 1 ? " ×" + count : "")));
        boolean stable = runs.stream().allMatch(r -> r.findings().equals(last.findings()));
        System.out.println("every measured run found the same findings: " + stable);

        System.out.println();
        System.out.printf(Locale.ROOT, "== Time (JVM %s, %d processors) ==%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "rule base compiled once before: %.0f ms (not counted below)%n", compileMs);
        System.out.printf(Locale.ROOT, "first review in this JVM (cold): total %.1f ms = extract %.1f + parse %.1f + rules %.1f%n",
                ms(first.totalNs()), ms(first.extractNs()), ms(first.parseNs()), ms(first.rulesNs()));
        System.out.printf(Locale.ROOT, "after %d warm-up reviews, %d measured:%n", warmup, runs.size());
        System.out.println("stage                          median       p95       min       max   (ms)");
        row("total (extract + parse + rules)", runs, Timing::totalNs);
        row("extract (DOCX → text, Tika)", runs, Timing::extractNs);
        row("parse (ContractParser)", runs, Timing::parseNs);
        row("rules (Drools review + risk)", runs, Timing::rulesNs);
        double p95 = percentile(runs, Timing::totalNs, 0.95);
        System.out.printf(Locale.ROOT, "target < 1 s: %s (p95 %.1f ms)%n", p95 < 1000 ? "met" : "NOT met", p95);
    }

    private static void row(String label, List<Timing> runs, Function<Timing, Long> stage) {
        long[] sorted = runs.stream().mapToLong(stage::apply).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-31s %8.1f  %8.1f  %8.1f  %8.1f%n", label, percentile(runs, stage, 0.5),
                percentile(runs, stage, 0.95), ms(sorted[0]), ms(sorted[sorted.length - 1]));
    }

    /** Nearest-rank percentile, in ms. */
    static double percentile(List<Timing> runs, Function<Timing, Long> stage, double p) {
        long[] sorted = runs.stream().mapToLong(stage::apply).sorted().toArray();
        int rank = (int) Math.ceil(p * sorted.length);
        return ms(sorted[Math.max(0, rank - 1)]);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The DOCX

    static byte[] contractDocx() {
        long total = ITEMS.stream().mapToLong(Item::total).sum();
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4WithWordMargins(doc);
            boolean inBody = false;
            for (String line : contractText()) {
                line = line.replace("{TOTAL_CAPITALS}", capitals(total)).replace("{TOTAL}", figures(total));
                switch (line) {
                    case "[[LINE-ITEMS]]" -> lineItems(doc, total);
                    case "[[CONFIGURATION]]" -> configuration(doc);
                    case "[[SIGNATURE]]" -> signature(doc);
                    default -> {
                        if (line.startsWith("= ")) {
                            paragraph(doc, line.substring(2), 22, true, ParagraphAlignment.CENTER, false);
                        } else if (ARTICLE.matcher(line).matches()) {
                            inBody = true;
                            paragraph(doc, line, 12, true, ParagraphAlignment.LEFT, false);
                        } else {
                            paragraph(doc, line, 12, false, ParagraphAlignment.BOTH, inBody);
                        }
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> contractText() {
        try (InputStream in = ContractReviewBenchmark.class.getResourceAsStream(TEXT)) {
            if (in == null) {
                throw new IllegalStateException(TEXT + " is not on the classpath beside " + ContractReviewBenchmark.class);
            }
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4 portrait, Word's default margins: 2.54 cm top and bottom, 3.17 cm left and right. */
    private static void a4WithWordMargins(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setLeft(BigInteger.valueOf(1800));
        margins.setRight(BigInteger.valueOf(1800));
    }

    private static void paragraph(XWPFDocument doc, String text, int points, boolean bold, ParagraphAlignment align,
                                  boolean firstLineIndent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBetween(1.5);
        if (firstLineIndent) {
            p.setIndentationFirstLine(points * 2 * 20); // two characters, in twentieths of a point
        }
        if (bold) {
            p.setSpacingBefore(120);
        }
        run(p, text, points, bold);
    }

    private static void run(XWPFParagraph p, String text, int points, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily("宋体");
        r.setFontSize(points);
        r.setBold(bold);
        r.setText(text);
    }

    private static void lineItems(XWPFDocument doc, long total) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("序号", "名称", "规格型号及主要配置", "单位", "数量", "单价", "金额"));
        int n = 1;
        for (Item item : ITEMS) {
            rows.add(List.of(String.valueOf(n++), item.name(), item.specification(), item.unit(),
                    String.valueOf(item.quantity()), figures(item.unitPrice()), figures(item.total())));
        }
        rows.add(List.of("", "合计", "", "", "", "", figures(total)));
        table(doc, rows, 450, 1450, 2606, 450, 500, 1300, 1550);
        paragraph(doc, "注：上表单价和金额均为含税价，单位为人民币元；合计金额与本合同第五条约定的合同总价一致。", 12, false,
                ParagraphAlignment.BOTH, true);
    }

    private static void configuration(XWPFDocument doc) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("序号", "名称", "品牌", "生产厂家", "产地", "质保期"));
        int n = 1;
        for (Item item : ITEMS) {
            rows.add(List.of(String.valueOf(n++), item.name(), item.brand(), item.maker(), "中国某省",
                    item.unit().equals("项") ? "—" : "自最终验收合格之日起3年"));
        }
        table(doc, rows, 500, 1800, 800, 2700, 1000, 1506);
    }

    private static void signature(XWPFDocument doc) {
        table(doc, List.of(
                List.of("甲方（盖章）：某市政务服务管理局", "乙方（盖章）：某市新科信息技术有限公司"),
                List.of("法定代表人或授权代表（签字）：", "法定代表人或授权代表（签字）："),
                List.of("日期：2026年3月20日", "日期：2026年3月18日")), 4153, 4153);
    }

    /** A table across the text width (8,306 twips), columns as wide as given (twips). */
    private static void table(XWPFDocument doc, List<List<String>> rows, int... columnWidths) {
        XWPFTable table = doc.createTable(rows.size(), columnWidths.length);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() < columnWidths.length) {
            grid.addNewGridCol();
        }
        for (int c = 0; c < columnWidths.length; c++) {
            grid.getGridColArray(c).setW(BigInteger.valueOf(columnWidths[c]));
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.getCell(c).setWidth(String.valueOf(columnWidths[c]));
                XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
                run(p, rows.get(r).get(c), 10, r == 0 && rows.size() > 3); // 10.5 pt is 五号; POI takes whole points
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Amounts

    /** ¥4,803,800.00 */
    static String figures(long yuan) {
        return "¥" + new DecimalFormat("#,##0.00").format(yuan);
    }

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] IN_GROUP = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿"};

    /** 人民币大写 of whole yuan: 4803800 → 肆佰捌拾万叁仟捌佰元整. */
    static String capitals(long yuan) {
        if (yuan <= 0 || yuan >= 1_000_000_000_000L) {
            throw new IllegalArgumentException("out of range: " + yuan);
        }
        StringBuilder out = new StringBuilder();
        boolean zeroPending = false;
        String digits = Long.toString(yuan);
        int length = digits.length();
        for (int i = 0; i < length; i++) {
            int d = digits.charAt(i) - '0';
            int position = length - 1 - i;
            if (d == 0) {
                zeroPending = out.length() > 0;
            } else {
                if (zeroPending) {
                    out.append('零');
                    zeroPending = false;
                }
                out.append(DIGITS.charAt(d)).append(IN_GROUP[position % 4]);
            }
            if (position % 4 == 0 && position > 0) {
                // the group's name, unless the whole group of four is zero
                int groupStart = Math.max(0, i - 3);
                if (Long.parseLong(digits.substring(groupStart, i + 1)) != 0) {
                    out.append(GROUPS[position / 4]);
                    zeroPending = false; // zeros closing a group are not read: 480万3800 is 肆佰捌拾万叁仟捌佰
                }
            }
        }
        return out.append("元整").toString();
    }
}
