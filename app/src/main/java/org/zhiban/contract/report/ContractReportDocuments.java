package org.zhiban.contract.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.zhiban.contract.ContractReport;
import org.zhiban.contract.ContractReport.AmountView;
import org.zhiban.contract.ContractReport.DecisionView;
import org.zhiban.contract.ContractReport.FindingView;
import org.zhiban.contract.ContractReport.PartyView;

/**
 * 合同审查报告 as DOCX and PDF, for the official who prints it, reads it and signs it. Both formats draw one list of
 * blocks ({@link Content}), so the two cannot say different things; each writer only decides how a block looks.
 *
 * <p>Fonts: DOCX names 仿宋_GB2312, 黑体 and 方正小标宋简体 (the names {@code zhiban.document.layout.fonts}
 * defaults to) and leaves finding them to Word. PDF must embed a font file, and takes one as a parameter: the
 * contract module may not use {@code org.zhiban.document.layout} (a module-internal package of the document module,
 * which {@code ArchitectureTest} enforces), so the caller hands in the file that setting resolves to.
 * {@link #pdf(ContractReport)} uses {@link #DEFAULT_FONT}, the same WenQuanYi Zen Hei that setting falls back to.
 */
public final class ContractReportDocuments {

    /** Debian's {@code fonts-wqy-zenhei}: the fallback {@code LayoutFontsProperties} defaults to, and CI installs. */
    public static final Path DEFAULT_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    private ContractReportDocuments() {
    }

    public static byte[] docx(ContractReport report) {
        return Docx.write(Content.of(report), Content.documentTitle(report));
    }

    /** The PDF with {@link #DEFAULT_FONT} embedded. */
    public static byte[] pdf(ContractReport report) {
        return pdf(report, DEFAULT_FONT);
    }

    /**
     * The PDF with a subset of {@code fontFile} embedded: a CJK TrueType font (TTF, or OTF with TrueType outlines) or
     * a TrueType collection (TTC: its first face, as WenQuanYi Zen Hei's is the proportional one).
     *
     * @throws IllegalStateException when the file cannot be read: a PDF without a CJK font would be unreadable
     */
    public static byte[] pdf(ContractReport report, Path fontFile) {
        return Pdf.write(Content.of(report), Content.documentTitle(report), fontFile);
    }

    // ---------------------------------------------------------------------------------------------------- content

    /** What the report says, in order, independent of the format. */
    sealed interface Block permits Heading, Para, Table {
    }

    /** {@code level} 0 is the title, 1 a section (一、…), 2 a group (（一）高风险), 3 a finding. */
    record Heading(int level, String text) implements Block {
    }

    /** A paragraph; {@code label} (may be empty) is set bold before the text, as in "依据：《民法典》…". */
    record Para(String label, String text) implements Block {
    }

    /** A ruled table; {@code header} may be empty; {@code widths} are shares of the line, one per column. */
    record Table(List<String> header, List<List<String>> rows, float[] widths) implements Block {
    }

    /** The report's sections, every field null-safe: a batch review has no case, an early one no decisions. */
    static final class Content {

        static final String FORMULA = "评分 = 100 − 20×高 − 8×中 − 2×低，不低于0；有高风险项或低于60分为高风险，低于85分为中风险";
        static final String NO_FINDINGS = "未发现问题";
        static final String NO_INCONSISTENCY = "未发现不一致";
        private static final List<String> SEVERITIES = List.of("high", "medium", "low");
        private static final String[] GROUP_NUMBERS = {"（一）", "（二）", "（三）", "（四）"};

        private Content() {
        }

        static String documentTitle(ContractReport r) {
            return "合同审查报告" + (blank(r.title()) ? "" : "：" + r.title());
        }

        static List<Block> of(ContractReport r) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Heading(0, "合同审查报告"));
            blocks.add(new Heading(1, "一、基本情况"));
            blocks.add(facts(r));
            blocks.add(new Heading(1, "二、审查结论"));
            blocks.add(new Para("风险等级：", Labels.level(r.level(), r.levelLabel())));
            blocks.add(new Para("合规评分：", r.score() + "分"));
            blocks.add(new Para("评分规则：", FORMULA));
            blocks.add(new Para("问题数量：", counts(r.findings())));
            blocks.add(new Heading(1, "三、合同主体"));
            blocks.add(r.parties().isEmpty() ? new Para("", "未识别到合同主体") : parties(r.parties()));
            blocks.add(new Heading(1, "四、合同金额"));
            blocks.add(r.amounts().isEmpty() ? new Para("", "未识别到金额") : amounts(r.amounts()));
            blocks.add(new Heading(1, "五、审查发现"));
            findings(r.findings(), blocks);
            blocks.add(new Heading(1, "六、一致性检查"));
            consistency(r.consistency(), blocks);
            blocks.add(new Heading(1, "七、会审与签批记录"));
            blocks.add(r.decisions().isEmpty() ? new Para("", "尚无会审与签批记录") : decisions(r));
            // room for a wet signature: the printed report is what gets filed
            blocks.add(new Para("", ""));
            blocks.add(new Para("审查人（签字）：", "　　　　　　　　　　　　日期：　　　　年　　月　　日"));
            return blocks;
        }

        private static Table facts(ContractReport r) {
            List<List<String>> rows = List.of(
                    List.of("合同名称", text(r.title())),
                    List.of("案号", blank(r.caseId()) ? "未关联案件（批量审查）" : r.caseId()),
                    List.of("承办科室", text(r.department())),
                    List.of("文件", text(r.fileName())),
                    List.of("SHA-256", text(r.sha256())),
                    List.of("审查方式", Labels.method(r.method(), r.methodNote())),
                    List.of("生成时间", Labels.time(r.generatedAt())));
            return new Table(List.of(), rows, new float[] {0.2f, 0.8f});
        }

        private static String counts(List<FindingView> findings) {
            Map<String, Long> by = findings.stream()
                    .collect(Collectors.groupingBy(f -> Objects.toString(f.severity(), ""), Collectors.counting()));
            return "共" + findings.size() + "项，其中高风险" + by.getOrDefault("high", 0L) + "项、中风险"
                    + by.getOrDefault("medium", 0L) + "项、低风险" + by.getOrDefault("low", 0L) + "项";
        }

        private static Table parties(List<PartyView> parties) {
            List<List<String>> rows = parties.stream().map(p -> List.of(
                    text(blank(p.label()) ? p.role() : p.label()), text(p.name()),
                    blank(p.creditCode()) ? "未载明" : p.creditCode(),
                    blank(p.creditCode()) ? "—" : p.creditCodeValid() ? "校验通过" : "校验未通过",
                    text(p.address()))).toList();
            return new Table(List.of("主体", "名称", "统一社会信用代码", "校验", "住所"), rows,
                    new float[] {0.08f, 0.25f, 0.27f, 0.13f, 0.27f});
        }

        private static Table amounts(List<AmountView> amounts) {
            List<List<String>> rows = amounts.stream().map(a -> List.of(text(a.text()), Labels.yuan(a.value()),
                    Labels.form(a.form()), text(a.clause()))).toList();
            return new Table(List.of("金额（原文）", "金额（元）", "写法", "条款"), rows,
                    new float[] {0.38f, 0.24f, 0.1f, 0.28f});
        }

        /** Grouped 高 → 中 → 低, numbered within the group; an unknown severity comes last rather than vanishing. */
        private static void findings(List<FindingView> findings, List<Block> blocks) {
            if (findings.isEmpty()) {
                blocks.add(new Para("", NO_FINDINGS));
                return;
            }
            Map<String, List<FindingView>> groups = new LinkedHashMap<>();
            SEVERITIES.forEach(s -> groups.put(s, new ArrayList<>()));
            findings.forEach(f -> groups.computeIfAbsent(SEVERITIES.contains(f.severity()) ? f.severity() : "other",
                    k -> new ArrayList<>()).add(f));
            int group = 0;
            for (Map.Entry<String, List<FindingView>> entry : groups.entrySet()) {
                List<FindingView> list = entry.getValue();
                blocks.add(new Heading(2, GROUP_NUMBERS[group++] + Labels.severity(entry.getKey())
                        + "（" + list.size() + "项）"));
                if (list.isEmpty()) {
                    blocks.add(new Para("", "无"));
                }
                for (int i = 0; i < list.size(); i++) {
                    finding(i + 1, list.get(i), blocks);
                }
            }
        }

        private static void finding(int number, FindingView f, List<Block> blocks) {
            blocks.add(new Heading(3, number + "．" + join("　", f.ruleId(), f.clause())));
            optional(blocks, "原文：", f.excerpt());
            optional(blocks, "问题：", f.message());
            optional(blocks, "建议修改：", f.suggestion());
            optional(blocks, "依据：", f.citation());
            blocks.add(new Para("来源：", Labels.source(f.source())));
            if (f.decisions().isEmpty()) {
                blocks.add(new Para("处理意见：", "尚无"));
            }
            for (DecisionView d : f.decisions()) {
                String opinion = blank(d.opinion()) ? "" : "：" + d.opinion();
                String at = d.at() == null ? "" : "（" + Labels.time(d.at()) + "）";
                blocks.add(new Para(Labels.part(d.part()) + "意见：",
                        join("　", d.userName(), Labels.decision(d.decision()) + opinion) + at));
            }
        }

        private static void consistency(List<FindingView> consistency, List<Block> blocks) {
            if (consistency.isEmpty()) {
                blocks.add(new Para("", NO_INCONSISTENCY));
                return;
            }
            for (int i = 0; i < consistency.size(); i++) {
                FindingView f = consistency.get(i);
                String where = blank(f.clause()) ? "" : "（" + f.clause() + "）";
                String excerpt = blank(f.excerpt()) ? "" : "原文：" + f.excerpt();
                blocks.add(new Para((i + 1) + "．", join("　", f.ruleId(), Labels.severity(f.severity()),
                        text(f.message()) + where, excerpt)));
            }
        }

        private static Table decisions(ContractReport r) {
            // a finding's decision names the rule it was about, so the record reads on its own
            Map<String, String> rules = new HashMap<>();
            r.findings().forEach(f -> {
                if (f.id() != null && f.ruleId() != null) {
                    rules.put(f.id(), f.ruleId());
                }
            });
            List<List<String>> rows = r.decisions().stream().map(d -> List.of(Labels.part(d.part()),
                    text(d.userName()), text(d.department()),
                    Labels.decision(d.decision()) + (d.findingId() == null ? ""
                            : "（" + rules.getOrDefault(d.findingId(), d.findingId()) + "）"),
                    text(d.opinion()), Labels.time(d.at()))).toList();
            return new Table(List.of("环节", "办理人", "科室", "决定", "意见", "时间"), rows,
                    new float[] {0.08f, 0.11f, 0.13f, 0.24f, 0.27f, 0.17f});
        }

        private static void optional(List<Block> blocks, String label, String value) {
            if (!blank(value)) {
                blocks.add(new Para(label, value));
            }
        }

        static String join(String separator, String... parts) {
            return Stream.of(parts).filter(p -> !blank(p)).collect(Collectors.joining(separator));
        }

        static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        static String text(String s) {
            return s == null ? "" : s;
        }
    }

    /** The model's codes in the words an office uses; an unknown code is shown as it is rather than dropped. */
    static final class Labels {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")
                .withZone(ZoneId.of("Asia/Shanghai"));

        private Labels() {
        }

        static String time(Instant at) {
            return at == null ? "" : TIME.format(at);
        }

        static String level(String level, String label) {
            String shown = Content.blank(label) ? switch (Objects.toString(level, "")) {
                case "high" -> "高";
                case "medium" -> "中";
                case "low" -> "低";
                default -> Objects.toString(level, "未评定");
            } : label;
            return shown.length() == 1 ? shown + "风险" : shown;
        }

        static String severity(String severity) {
            return switch (Objects.toString(severity, "")) {
                case "high" -> "高风险";
                case "medium" -> "中风险";
                case "low" -> "低风险";
                default -> "其他";
            };
        }

        /** "仅规则与检索（未配置模型）"; a note that already names the method is shown alone. */
        static String method(String method, String note) {
            String label = switch (Objects.toString(method, "")) {
                case "rules" -> "仅规则与检索";
                case "rules+model" -> "规则、检索与模型";
                default -> Content.text(method);
            };
            if (Content.blank(note)) {
                return label;
            }
            return label.isEmpty() || note.contains(label) ? note : label + "（" + note + "）";
        }

        static String source(String source) {
            return switch (Objects.toString(source, "")) {
                case "rule" -> "规则";
                case "model" -> "模型";
                default -> Content.text(source);
            };
        }

        static String part(String part) {
            return switch (Objects.toString(part, "")) {
                case "legal" -> "法务";
                case "finance" -> "财务";
                case "business" -> "业务";
                case "leader" -> "领导";
                default -> Content.text(part);
            };
        }

        static String decision(String decision) {
            return switch (Objects.toString(decision, "")) {
                case "agree" -> "同意";
                case "return" -> "退回";
                case "approve" -> "签批同意";
                case "accept" -> "采纳";
                case "override" -> "不采纳";
                default -> Content.text(decision);
            };
        }

        static String form(String form) {
            return switch (Objects.toString(form, "")) {
                case "upper" -> "大写";
                case "lower" -> "小写";
                default -> Content.text(form);
            };
        }

        static String yuan(BigDecimal value) {
            return value == null ? "" : new DecimalFormat("#,##0.00").format(value);
        }
    }

    // ------------------------------------------------------------------------------------------------------- DOCX

    /** Word's own layout does the wrapping and paging; this only sets A4, the faces, and ruled tables. */
    static final class Docx {

        private static final String BODY = "仿宋_GB2312";
        private static final String HEI = "黑体";
        private static final String TITLE = "方正小标宋简体";

        private Docx() {
        }

        static byte[] write(List<Block> blocks, String title) {
            try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                a4(doc.getDocument().getBody().addNewSectPr());
                for (Block block : blocks) {
                    if (block instanceof Heading h) {
                        heading(doc, h);
                    } else if (block instanceof Para p) {
                        para(doc.createParagraph(), p.label(), p.text());
                    } else if (block instanceof Table t) {
                        table(doc, t);
                    }
                }
                doc.getProperties().getCoreProperties().setTitle(title);
                doc.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the 合同审查报告 DOCX", e);
            }
        }

        private static void a4(CTSectPr section) {
            CTPageSz size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            CTPageMar margins = section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(1417));
            margins.setBottom(BigInteger.valueOf(1247));
            margins.setLeft(BigInteger.valueOf(1417));
            margins.setRight(BigInteger.valueOf(1134));
            margins.setHeader(BigInteger.valueOf(851));
            margins.setFooter(BigInteger.valueOf(851));
        }

        private static void heading(XWPFDocument doc, Heading h) {
            XWPFParagraph p = doc.createParagraph();
            // alignment first: it creates the paragraph properties that POI's setKeepNext assumes exist
            p.setAlignment(h.level() == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            p.setKeepNext(true);
            switch (h.level()) {
                case 0 -> {
                    p.setSpacingAfter(240);
                    run(p, h.text(), TITLE, 22, false);
                }
                case 1 -> {
                    p.setSpacingBefore(200);
                    run(p, h.text(), HEI, 16, false);
                }
                case 2 -> run(p, h.text(), HEI, 14, false);
                default -> run(p, h.text(), BODY, 14, true);
            }
        }

        private static void para(XWPFParagraph p, String label, String text) {
            if (!label.isEmpty()) {
                run(p, label, BODY, 14, true);
            }
            run(p, text, BODY, 14, false);
        }

        private static void table(XWPFDocument doc, Table t) {
            boolean header = !t.header().isEmpty();
            int rows = t.rows().size() + (header ? 1 : 0);
            XWPFTable table = doc.createTable(rows, t.widths().length);
            table.setWidth("100%");
            int r = 0;
            if (header) {
                XWPFTableRow row = table.getRow(r++);
                row.setRepeatHeader(true);
                cells(row, t.header(), t.widths(), true, true);
            }
            for (List<String> values : t.rows()) {
                // a facts table has no header: its first column is the label
                cells(table.getRow(r++), values, t.widths(), false, !header);
            }
            doc.createParagraph();
        }

        private static void cells(XWPFTableRow row, List<String> values, float[] widths, boolean boldAll,
                                  boolean boldFirst) {
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(Math.round(widths[c] * 100) + "%");
                String value = c < values.size() ? values.get(c) : "";
                run(cell.getParagraphs().get(0), value, BODY, 12, boldAll || (boldFirst && c == 0));
            }
        }

        /** Line breaks in the model's text (an excerpt spanning lines) become Word breaks, not lost spaces. */
        private static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
            XWPFRun run = p.createRun();
            run.setFontFamily(font);
            run.setFontSize(size);
            run.setBold(bold);
            String[] lines = text.replace("\r\n", "\n").split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i], i);
            }
        }
    }

    // -------------------------------------------------------------------------------------------------------- PDF

    /**
     * Lays the blocks out on A4 with PDFBox: lines broken by the embedded font's own widths, pages broken where the
     * next line does not fit (a table row taller than what is left goes to the next page whole when it fits on
     * one, and is split otherwise, with the table's header repeated), "第 n 页 共 m 页" at each foot.
     */
    static final class Pdf {

        private static final float MM = 72f / 25.4f;
        private static final PDRectangle A4 = PDRectangle.A4;
        private static final float LEFT = 25 * MM;
        private static final float RIGHT = 20 * MM;
        private static final float TOP = 25 * MM;
        private static final float BOTTOM = 22 * MM;
        static final float LINE_WIDTH = A4.getWidth() - LEFT - RIGHT;
        private static final float BODY = 11;
        private static final float CELL = 10;
        private static final float PAD = 3;
        private static final float[] HEADING_SIZES = {20, 15, 13, 11.5f};

        private final PDDocument doc;
        private final Glyphs glyphs;
        private PDPageContentStream content;
        private float y;
        /** Nothing but a repeated table header on the page yet: breaking again would loop. */
        private boolean fresh;

        private Pdf(PDDocument doc, Glyphs glyphs) {
            this.doc = doc;
            this.glyphs = glyphs;
        }

        static byte[] write(List<Block> blocks, String title, Path fontFile) {
            if (fontFile == null || !Files.isReadable(fontFile)) {
                throw new IllegalStateException("No CJK font file at " + fontFile + " for the 合同审查报告 PDF; install"
                        + " fonts-wqy-zenhei or pass the file zhiban.document.layout.fonts resolves to");
            }
            try (PDDocument doc = new PDDocument(); FontFile font = FontFile.open(fontFile)) {
                Pdf pdf = new Pdf(doc, new Glyphs(PDType0Font.load(doc, font.ttf(), true), font.ttf()));
                pdf.newPage();
                for (Block block : blocks) {
                    if (block instanceof Heading h) {
                        pdf.heading(h);
                    } else if (block instanceof Para p) {
                        pdf.para(p.label(), p.text());
                    } else if (block instanceof Table t) {
                        pdf.table(t);
                    }
                }
                pdf.content.close();
                pdf.pageNumbers();
                PDDocumentInformation info = doc.getDocumentInformation();
                info.setTitle(title);
                info.setCreator("Zhiban 合同审查");
                info.setCustomMetadataValue("Fonts", fontFile.toString());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the 合同审查报告 PDF", e);
            }
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(A4);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            y = A4.getHeight() - TOP;
            fresh = true;
        }

        private void ensure(float height) throws IOException {
            if (y - height < BOTTOM && !fresh) {
                newPage();
            }
        }

        private void heading(Heading h) throws IOException {
            float size = HEADING_SIZES[Math.min(h.level(), HEADING_SIZES.length - 1)];
            float leading = size * 1.6f;
            float before = h.level() == 1 ? 8 : h.level() == 0 ? 0 : 4;
            List<String> lines = wrap(glyphs.printable(h.text()), LINE_WIDTH, LINE_WIDTH, cp -> glyphs.width(cp, size));
            // keep a heading with the first lines under it
            ensure(before + leading * lines.size() + BODY * 1.6f * 2);
            y -= fresh ? 0 : before;
            for (String line : lines) {
                ensure(leading);
                float x = h.level() == 0 ? LEFT + (LINE_WIDTH - glyphs.width(line, size)) / 2 : LEFT;
                show(line, x, baseline(y, leading, size), size, h.level() != 0);
                y -= leading;
                fresh = false;
            }
            if (h.level() == 0) {
                y -= 10;
            }
        }

        private void para(String label, String text) throws IOException {
            float leading = BODY * 1.6f;
            String shownLabel = glyphs.printable(label);
            float labelWidth = glyphs.width(shownLabel, BODY);
            List<String> lines = wrap(glyphs.printable(text), LINE_WIDTH - labelWidth, LINE_WIDTH,
                    cp -> glyphs.width(cp, BODY));
            for (int i = 0; i < lines.size(); i++) {
                ensure(leading);
                float base = baseline(y, leading, BODY);
                if (i == 0 && !shownLabel.isEmpty()) {
                    show(shownLabel, LEFT, base, BODY, true);
                }
                show(lines.get(i), LEFT + (i == 0 ? labelWidth : 0), base, BODY, false);
                y -= leading;
                fresh = false;
            }
        }

        private void table(Table t) throws IOException {
            float[] widths = new float[t.widths().length];
            for (int c = 0; c < widths.length; c++) {
                widths[c] = t.widths()[c] * LINE_WIDTH;
            }
            List<List<String>> header = t.header().isEmpty() ? null : cells(t.header(), widths);
            if (header != null) {
                ensure(rowHeight(header.stream().mapToInt(List::size).max().orElse(1)) * 2);
                row(header, widths, null, true);
            }
            for (List<String> values : t.rows()) {
                row(cells(values, widths), widths, header, header == null);
            }
            y -= 8;
        }

        private List<List<String>> cells(List<String> values, float[] widths) {
            List<List<String>> cells = new ArrayList<>();
            for (int c = 0; c < widths.length; c++) {
                String value = c < values.size() ? glyphs.printable(values.get(c)) : "";
                float inner = widths[c] - 2 * PAD;
                cells.add(wrap(value, inner, inner, cp -> glyphs.width(cp, CELL)));
            }
            return cells;
        }

        private static float rowHeight(int lines) {
            return lines * CELL * 1.45f + 2 * PAD;
        }

        /**
         * One row, in as many slices as pages it needs: whole on the next page when it fits on a page, otherwise
         * split line by line. {@code boldFirst} sets the first column (a facts table's labels) or a header bold.
         */
        private void row(List<List<String>> cells, float[] widths, List<List<String>> header, boolean boldFirst)
                throws IOException {
            float leading = CELL * 1.45f;
            int total = Math.max(1, cells.stream().mapToInt(List::size).max().orElse(1));
            float page = A4.getHeight() - TOP - BOTTOM
                    - (header == null ? 0 : rowHeight(header.stream().mapToInt(List::size).max().orElse(1)));
            int done = 0;
            while (done < total) {
                int fit = (int) Math.floor((y - BOTTOM - 2 * PAD) / leading + 1e-3);
                int remaining = total - done;
                if (!fresh && (fit <= 0 || (fit < remaining && rowHeight(remaining) <= page))) {
                    newPage();
                    if (header != null) {
                        row(header, widths, null, true);
                        fresh = true;
                    }
                    continue;
                }
                int n = Math.max(1, Math.min(fit, remaining));
                slice(cells, widths, done, n, boldFirst);
                done += n;
                fresh = false;
            }
        }

        private void slice(List<List<String>> cells, float[] widths, int from, int count, boolean boldFirst)
                throws IOException {
            float leading = CELL * 1.45f;
            float height = rowHeight(count);
            float x = LEFT;
            content.setLineWidth(0.5f);
            for (int c = 0; c < widths.length; c++) {
                content.addRect(x, y - height, widths[c], height);
                content.stroke();
                List<String> lines = cells.get(c);
                for (int i = from; i < Math.min(lines.size(), from + count); i++) {
                    float top = y - PAD - (i - from) * leading;
                    show(lines.get(i), x + PAD, baseline(top, leading, CELL), CELL, boldFirst && c == 0);
                }
                x += widths[c];
            }
            y -= height;
        }

        /** The baseline of a line whose box starts at {@code top}: the glyphs centred in the leading. */
        private static float baseline(float top, float leading, float size) {
            return top - (leading - size) / 2 - size * 0.86f;
        }

        /** The one font has no bold face: bold is drawn as fill and a thin stroke, which text extraction ignores. */
        private void show(String text, float x, float baseline, float size, boolean bold) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            content.beginText();
            content.setFont(glyphs.font, size);
            content.setNonStrokingColor(Color.BLACK);
            if (bold) {
                content.setStrokingColor(Color.BLACK);
                content.setLineWidth(size * 0.035f);
                content.setRenderingMode(RenderingMode.FILL_STROKE);
            } else {
                content.setRenderingMode(RenderingMode.FILL);
            }
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        }

        private void pageNumbers() throws IOException {
            int total = doc.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                PDPage page = doc.getPage(i);
                try (PDPageContentStream foot = new PDPageContentStream(doc, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String text = "第 " + (i + 1) + " 页 共 " + total + " 页";
                    float size = 9;
                    foot.beginText();
                    foot.setFont(glyphs.font, size);
                    foot.newLineAtOffset((A4.getWidth() - glyphs.width(text, size)) / 2, BOTTOM / 2);
                    foot.showText(text);
                    foot.endText();
                }
            }
        }
    }

    /**
     * Breaks {@code text} into lines no wider than {@code first} (the first line, beside a label) and {@code rest}.
     * {@code \n} forces a break; runs of Latin letters and digits (a rule id, a credit code) stay together unless a
     * run is wider than a line; 禁则: closing punctuation does not start a line, an opening bracket does not end one.
     */
    static List<String> wrap(String text, float first, float rest, IntToDoubleFunction width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String token : tokens(paragraph)) {
                float available = lines.isEmpty() ? first : rest;
                if (!line.isEmpty() && width(line, width) + width(token, width) > available + 0.01f) {
                    String carried = carry(line, token);
                    lines.add(line.toString().stripTrailing());
                    line = new StringBuilder(carried);
                    if (line.isEmpty() && token.isBlank()) {
                        continue;
                    }
                }
                line.append(token);
                // a run wider than a whole line (a SHA-256) is cut where it must be
                while (width(line, width) > (lines.isEmpty() ? first : rest) + 0.01f && line.codePointCount(0,
                        line.length()) > 1) {
                    StringBuilder head = new StringBuilder(line);
                    StringBuilder tail = new StringBuilder();
                    while (width(head, width) > (lines.isEmpty() ? first : rest) + 0.01f
                            && head.codePointCount(0, head.length()) > 1) {
                        int last = head.offsetByCodePoints(head.length(), -1);
                        tail.insert(0, head.substring(last));
                        head.setLength(last);
                    }
                    lines.add(head.toString());
                    line = tail;
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static final String NO_LINE_START = "，。、；：？！）》」』】〕”’…—·%,.;:?!)]";
    private static final String NO_LINE_END = "（《「『【〔“‘([";

    /**
     * What moves down with the token: when the token may not open a line, the line's last character (or the whole
     * Latin run it ends, so "10:00）" is not torn into "10:0" and "0）"); then any opening bracket left at the end.
     */
    private static String carry(StringBuilder line, String token) {
        StringBuilder carried = new StringBuilder();
        if (NO_LINE_START.contains(token) && line.codePointCount(0, line.length()) > 1) {
            int start = line.offsetByCodePoints(line.length(), -1);
            while (latin(line.codePointAt(start)) && start > 0 && latin(line.codePointBefore(start))) {
                start = line.offsetByCodePoints(start, -1);
            }
            if (start > 0) {
                carried.insert(0, line.substring(start));
                line.setLength(start);
            }
        }
        while (line.codePointCount(0, line.length()) > 1
                && NO_LINE_END.indexOf(line.codePointBefore(line.length())) >= 0) {
            int last = line.offsetByCodePoints(line.length(), -1);
            carried.insert(0, line.substring(last));
            line.setLength(last);
        }
        return carried.toString();
    }

    private static List<String> tokens(String paragraph) {
        List<String> tokens = new ArrayList<>();
        int[] cps = paragraph.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            int start = i;
            if (latin(cps[i])) {
                while (i < cps.length && latin(cps[i])) {
                    i++;
                }
            } else {
                i++;
            }
            tokens.add(new String(cps, start, i - start));
        }
        return tokens;
    }

    private static boolean latin(int cp) {
        return cp < 0x80 && (Character.isLetterOrDigit(cp) || "-_./:".indexOf(cp) >= 0);
    }

    private static float width(CharSequence s, IntToDoubleFunction width) {
        return (float) s.codePoints().mapToDouble(width).sum();
    }

    /** The embedded font with what layout needs of it: widths, and which characters it can show at all. */
    static final class Glyphs {

        final PDType0Font font;
        private final CmapLookup cmap;
        private final Map<Integer, Float> widths = new HashMap<>();

        Glyphs(PDType0Font font, TrueTypeFont ttf) throws IOException {
            this.font = font;
            this.cmap = ttf.getUnicodeCmapLookup();
        }

        /** Tabs as spaces, other controls dropped, a character the font lacks as "?" rather than an exception. */
        String printable(String text) {
            StringBuilder out = new StringBuilder();
            text.replace("\r\n", "\n").codePoints().forEach(cp -> {
                if (cp == '\n') {
                    out.append('\n');
                } else if (cp == '\t' || cp == '\r') {
                    out.append(' ');
                } else if (!Character.isISOControl(cp)) {
                    out.appendCodePoint(shown(cp));
                }
            });
            return out.toString();
        }

        /** WenQuanYi has no minus sign (U+2212), which the score formula uses: the nearest it has, else "?". */
        private int shown(int cp) {
            if (cmap.getGlyphId(cp) > 0) {
                return cp;
            }
            int near = switch (cp) {
                case 0x2212, 0x2010, 0x2011, 0x2013 -> '-';
                case 0x00A0, 0x2002, 0x2003, 0x2009 -> ' ';
                default -> '?';
            };
            return cmap.getGlyphId(near) > 0 ? near : '?';
        }

        float width(int cp, float size) {
            return widths.computeIfAbsent(cp, c -> {
                try {
                    return font.getStringWidth(new String(Character.toChars(c))) / 1000f;
                } catch (IOException | IllegalArgumentException e) {
                    return 1f;
                }
            }) * size;
        }

        float width(String text, float size) {
            return (float) text.codePoints().mapToDouble(cp -> width(cp, size)).sum();
        }
    }

    /** A TTF/OTF or a TTC's first face, kept open until the PDF is saved, as PDFBox needs for subsetting. */
    record FontFile(TrueTypeFont ttf, Closeable source) implements Closeable {

        static FontFile open(Path file) throws IOException {
            if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
                return new FontFile(ttf, ttf);
            }
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            TrueTypeFont[] firstFace = new TrueTypeFont[1];
            collection.processAllFonts(ttf -> {
                if (firstFace[0] == null) {
                    firstFace[0] = ttf;
                }
            });
            if (firstFace[0] == null) {
                collection.close();
                throw new IOException("no font in " + file);
            }
            return new FontFile(firstFace[0], collection);
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
