package org.zhiban.document.layout;

import static org.zhiban.document.layout.DocxStyle.twips;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STXAlign;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFramePr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STWrap;

import org.zhiban.document.layout.Composition.Masthead;

/**
 * The 版头 as Word paragraphs (GB/T 9704 7.2, 10.1, 10.3): the same elements and distances as
 * {@link MastheadPlacement}, expressed as spacing, tab stops, borders and frames.
 */
final class DocxMasthead {

    private final XWPFDocument doc;
    private final ResolvedFonts fonts;

    DocxMasthead(XWPFDocument doc, ResolvedFonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    void write(Masthead head, LayoutDocument.Format format) {
        if (format == LayoutDocument.Format.LETTER) {
            letterHead(head);
        } else {
            documentHead(head, format == LayoutDocument.Format.DOCUMENT);
        }
    }

    private void documentHead(Masthead head, boolean alwaysRuled) {
        List<String> column = head.leftColumn();
        for (String element : column) {
            XWPFParagraph p = doc.createParagraph();
            run(p, element, head.fontOf(element), Gbt9704.SIZE_3,
                    false);
        }
        // 7.2.4: the 标志's top 35 mm below the 版心's top, whatever stands above it
        mark(head.mark(), Gbt9704.MARK_TOP - Gbt9704.TOP - column.size() * Gbt9704.LINE_PITCH);
        if (head.number() == null && head.signers().isEmpty() && !alwaysRuled) {
            blank(2);
            return;
        }
        blank(2);
        XWPFParagraph number = head.signers().isEmpty() ? downwardNumber(head) : upwardNumber(head);
        DocxStyle.border(DocxStyle.bottomBorder(number), STBorder.SINGLE, Gbt9704.SEPARATOR_WIDTH, DocxStyle.RED,
                Gbt9704.SEPARATOR_GAP * 72 / 25.4);
        blank(2);
    }

    private XWPFParagraph downwardNumber(Masthead head) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        if (head.number() != null) {
            run(p, head.number(), FontRole.FANGSONG, Gbt9704.SIZE_3, false);
        }
        return p;
    }

    /** 上行文: number one character in from the left, 签发人 one in from the right, on the last signer row. */
    private XWPFParagraph upwardNumber(Masthead head) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < head.signers().size(); i += 2) {
            rows.add(String.join("　", head.signers().subList(i, Math.min(i + 2, head.signers().size()))));
        }
        double cell = Gbt9704.CHAR_PITCH;
        double widest = rows.stream().mapToDouble(LineBreaker::cells).max().orElse(0) * cell;
        double namesAt = Gbt9704.BLOCK_WIDTH - cell - widest;
        double labelAt = namesAt - LineBreaker.cells("签发人：") * cell;
        XWPFParagraph p = null;
        for (int i = 0; i < rows.size(); i++) {
            p = doc.createParagraph();
            DocxStyle.tab(p, labelAt);
            DocxStyle.tab(p, namesAt);
            boolean last = i == rows.size() - 1;
            if (last && head.number() != null) {
                DocxStyle.indent(p, 1, 1, 0, Gbt9704.SIZE_3);
                run(p, head.number(), FontRole.FANGSONG, Gbt9704.SIZE_3, false);
            }
            p.createRun().addTab();
            if (i == 0) {
                run(p, "签发人：", FontRole.FANGSONG, Gbt9704.SIZE_3, false);
            } else {
                p.createRun().addTab();
            }
            run(p, rows.get(i), FontRole.KAITI, Gbt9704.SIZE_3, false);
        }
        return p;
    }

    /** 信函格式 (10.1): the 标志 framed 30 mm from the paper's top with the double red line under it. */
    private void letterHead(Masthead head) {
        double em = MastheadPlacement.markEm(head.mark(), true);
        XWPFParagraph mark = markParagraph(head.mark(), em);
        CTFramePr frame = DocxStyle.frame(mark);
        frame.setW(BigInteger.valueOf(twips(Gbt9704.LETTER_LINE_LENGTH)));
        frame.setHAnchor(STHAnchor.PAGE);
        frame.setXAlign(STXAlign.CENTER);
        frame.setVAnchor(STVAnchor.PAGE);
        frame.setY(BigInteger.valueOf(twips(Gbt9704.LETTER_MARK_TOP)));
        frame.setWrap(STWrap.AROUND);
        DocxStyle.border(DocxStyle.bottomBorder(mark), STBorder.THICK_THIN_SMALL_GAP, Gbt9704.LETTER_THICK / 2,
                DocxStyle.RED, Gbt9704.SEPARATOR_GAP * 72 / 25.4);
        XWPFParagraph foot = doc.createParagraph();
        CTFramePr footFrame = DocxStyle.frame(foot);
        footFrame.setW(BigInteger.valueOf(twips(Gbt9704.LETTER_LINE_LENGTH)));
        footFrame.setHAnchor(STHAnchor.PAGE);
        footFrame.setXAlign(STXAlign.CENTER);
        footFrame.setVAnchor(STVAnchor.PAGE);
        footFrame.setY(BigInteger.valueOf(twips(Gbt9704.LETTER_BOTTOM_LINE - 2)));
        DocxStyle.border(DocxStyle.topBorder(foot), STBorder.THIN_THICK_SMALL_GAP, Gbt9704.LETTER_THICK / 2,
                DocxStyle.RED, 0);
        // the first element stands 7/8 of a 三号 character under the double line, which ends some 9 mm
        // below the top margin
        double lineBottom = Gbt9704.LETTER_MARK_TOP + em + Gbt9704.SEPARATOR_GAP + 2.2;
        double firstTop = lineBottom + Gbt9704.mm(Gbt9704.SIZE_3) * 7 / 8 - (Gbt9704.LINE_PITCH - Gbt9704.mm(Gbt9704.SIZE_3)) / 2;
        List<String> column = head.leftColumn();
        int rows = Math.max(1, column.size());
        for (int i = 0; i < rows; i++) {
            XWPFParagraph p = doc.createParagraph();
            if (i == 0) {
                p.setSpacingBefore((int) twips(Math.max(0, firstTop - Gbt9704.TOP)));
                DocxStyle.tab(p, Gbt9704.BLOCK_WIDTH, STTabJc.RIGHT);
            }
            if (i < column.size()) {
                String element = column.get(i);
                run(p, element, head.fontOf(element),
                        Gbt9704.SIZE_3, false);
            }
            if (i == 0 && head.number() != null) {
                p.createRun().addTab();
                run(p, head.number(), FontRole.FANGSONG, Gbt9704.SIZE_3, false);
            }
        }
        blank(2);
    }

    private void mark(String text, double spaceBeforeMm) {
        XWPFParagraph p = markParagraph(text, MastheadPlacement.markEm(text, false));
        p.setSpacingBefore((int) twips(Math.max(0, spaceBeforeMm)));
    }

    private XWPFParagraph markParagraph(String text, double em) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        DocxStyle.noGrid(p);
        p.setSpacingBetween(em * 72 / 25.4 * 1.1, LineSpacingRule.EXACT);
        run(p, text, FontRole.XIAOBIAOSONG, Math.round(em * 72 / 25.4 * 2) / 2.0, true);
        return p;
    }

    private void blank(int lines) {
        for (int i = 0; i < lines; i++) {
            doc.createParagraph();
        }
    }



    private XWPFRun run(XWPFParagraph p, String text, FontRole role, double sizePt, boolean red) {
        return DocxStyle.run(p, text, fonts.get(role).wordName(), sizePt, red);
    }
}
