package org.zhiban.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.zhiban.cases.Decision;
import org.zhiban.shared.ui.Formats;

/**
 * 发文稿纸: the processing sheet filed with a document — its elements, then every stage (拟稿, 核稿, 会签, 签发,
 * 用印印发) with who decided, their opinion and when, in the order they happened (returns included).
 */
final class ProcessingSheet {

    private static final String FONT = "仿宋_GB2312";

    private ProcessingSheet() {
    }

    static byte[] docx(DocumentDraft d, String department, List<Decision> decisions, Map<String, String> names,
                       Map<String, String> departments) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph heading = doc.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            run(heading, "发 文 稿 纸", 22, true);
            XWPFTable elements = doc.createTable();
            row(elements, true, "文种", d.docType().term());
            row(elements, false, "标题", d.title());
            row(elements, false, "发文字号", d.documentNumber());
            row(elements, false, "发文机关", d.issuingOrgan());
            row(elements, false, "拟稿单位", departments.getOrDefault(department, department));
            row(elements, false, "密级", d.secrecyLevel() == null ? "" : d.secrecyLevel()
                    + (d.secrecyPeriod() == null ? "" : "★" + d.secrecyPeriod()));
            row(elements, false, "紧急程度", d.urgency());
            row(elements, false, "主送", d.mainRecipients());
            row(elements, false, "抄送", d.copyRecipients());
            row(elements, false, "成文日期", DocumentDraft.asWritten(d.signingDate()));
            doc.createParagraph();
            XWPFTable stages = doc.createTable();
            XWPFTableRow head = stages.getRow(0);
            cell(head, 0, "环节", true);
            for (String h : List.of("办理人", "单位", "意见", "时间")) {
                head.addNewTableCell();
                cell(head, head.getTableCells().size() - 1, h, true);
            }
            for (Decision decision : decisions) {
                XWPFTableRow r = stages.createRow();
                cell(r, 0, decision.activityName(), false);
                cell(r, 1, names.getOrDefault(decision.userId(), decision.userId()), false);
                cell(r, 2, departments.getOrDefault(decision.department(), decision.department()), false);
                cell(r, 3, (outcomeLabel(decision.outcome()) + (decision.opinion() == null ? "" : "：" + decision.opinion())), false);
                cell(r, 4, Formats.dateTime(decision.decidedAt()), false);
            }
            doc.getProperties().getCoreProperties().setTitle("发文稿纸 " + (d.documentNumber() == null ? "" : d.documentNumber()));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the 发文稿纸", e);
        }
    }

    private static String outcomeLabel(String outcome) {
        return switch (outcome) {
            case "submit" -> "提交";
            case "approve" -> "同意";
            case "agree" -> "同意会签";
            case "sign" -> "签发";
            case "issue" -> "印发";
            case "return" -> "退回";
            case "read" -> "已阅";
            default -> outcome;
        };
    }

    private static void row(XWPFTable table, boolean first, String label, String value) {
        XWPFTableRow r = first ? table.getRow(0) : table.createRow();
        if (first) {
            r.addNewTableCell();
        }
        cell(r, 0, label, true);
        cell(r, 1, value == null ? "" : value, false);
    }

    private static void cell(XWPFTableRow row, int index, String text, boolean bold) {
        XWPFParagraph p = row.getCell(index).getParagraphs().get(0);
        run(p, text, 14, bold);
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
    }
}
