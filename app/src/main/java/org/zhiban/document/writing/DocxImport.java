package org.zhiban.document.writing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.tika.Tika;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.zhiban.integrations.upload.UploadGuard;
import org.zhiban.integrations.upload.UploadRefusedException;
import org.zhiban.shared.Refusal;

/**
 * 导入 DOCX: reads the title, 主送, 发文字号, body with its heading levels, 附件说明, 署名 and 成文日期 from an
 * uploaded Word file. The upload guard sees the bytes first (size, zip entries, inflation, nesting), Tika's
 * detection decides whether it is a DOCX at all, and POI parses it under the guard's time limit. Nothing is
 * stored: the officer sees what was read and keeps what they want in the 拟稿 form.
 */
@Service
public class DocxImport {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** What Tika calls an OOXML file behind a password (an OLE2 container holding the encrypted package). */
    private static final String PROTECTED = "application/x-tika-ooxml-protected";
    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^(?:heading|标题)\\s*(\\d)$");
    private static final Logger log = LoggerFactory.getLogger(DocxImport.class);

    private final UploadGuard guard;
    private final Tika tika = new Tika();

    DocxImport(UploadGuard guard) {
        this.guard = guard;
    }

    /**
     * @throws UploadRefusedException from the guard: too large, a zip bomb, too many entries, too slow to parse
     * @throws Refusal                not a DOCX, protected by a password, or unreadable
     */
    public ImportedDocument read(String fileName, byte[] content) {
        guard.check(fileName, content);
        String type = tika.detect(content, fileName == null ? "" : fileName);
        if (PROTECTED.equals(type)) {
            throw Refusal.invalid("document.import.encrypted",
                    "该 DOCX 文件设有密码，请在 Word 中取消密码后再导入 / the DOCX is password-protected");
        }
        if (!DOCX.equals(type)) {
            throw Refusal.invalid("document.import.notDocx", "只能导入 Word 的 DOCX 文件，该文件是 " + type
                    + "（旧版 .doc 请先另存为 .docx） / only DOCX files can be imported, not " + type, type);
        }
        List<WordParagraph> paragraphs;
        try {
            paragraphs = guard.withinTimeout(() -> paragraphs(content));
        } catch (UploadRefusedException | Refusal refused) {
            throw refused;
        } catch (Exception e) {
            // the parser's words name its internals: they go to the log, the officer gets ours
            log.info("unreadable DOCX {}: {}", fileName, e.toString());
            throw Refusal.invalid("document.import.unreadable",
                    "无法读取该 DOCX 文件，请确认文件未损坏 / the DOCX cannot be read");
        }
        if (paragraphs.isEmpty()) {
            throw Refusal.invalid("document.import.empty", "该 DOCX 文件中没有文字 / the DOCX contains no text");
        }
        return DocumentParts.read(paragraphs);
    }

    private static List<WordParagraph> paragraphs(byte[] content) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<WordParagraph> out = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                String text = p.getText().replace('\u00a0', ' ').replaceAll("^[\\s\u3000]+|[\\s\u3000]+$", "");
                if (text.isEmpty()) {
                    continue;
                }
                ParagraphAlignment align = alignment(doc, p);
                String style = styleName(doc, p);
                Matcher heading = HEADING_STYLE.matcher(style);
                int level = heading.matches() ? Integer.parseInt(heading.group(1)) : 0;
                boolean titleStyle = style.equalsIgnoreCase("title") || style.equals("标题");
                out.add(new WordParagraph(text, align == ParagraphAlignment.CENTER, fontSize(p), level, titleStyle));
            }
            return out;
        }
    }

    /** The paragraph's own alignment, else its style's: a title is often centred by the 标题 style alone. */
    private static ParagraphAlignment alignment(XWPFDocument doc, XWPFParagraph p) {
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetJc()) {
            return p.getAlignment();
        }
        XWPFStyle style = p.getStyleID() == null || doc.getStyles() == null ? null : doc.getStyles().getStyle(p.getStyleID());
        if (style != null && style.getCTStyle().getPPr() != null && style.getCTStyle().getPPr().isSetJc()) {
            return ParagraphAlignment.valueOf(style.getCTStyle().getPPr().getJc().getVal().intValue());
        }
        return ParagraphAlignment.LEFT;
    }

    private static String styleName(XWPFDocument doc, XWPFParagraph p) {
        if (p.getStyleID() == null) {
            return "";
        }
        // a file without a styles part still names the style by its id (Heading2)
        XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(p.getStyleID());
        return style == null || style.getName() == null ? p.getStyleID() : style.getName();
    }

    private static double fontSize(XWPFParagraph p) {
        double max = 0;
        for (XWPFRun r : p.getRuns()) {
            Double size = r.getFontSizeAsDouble();
            if (size != null && size > max) {
                max = size;
            }
        }
        return max;
    }
}
