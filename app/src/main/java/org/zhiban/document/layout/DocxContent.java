package org.zhiban.document.layout;

import static org.zhiban.document.layout.DocxStyle.twips;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFramePr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STWrap;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STYAlign;

import org.zhiban.document.layout.Composition.Block;
import org.zhiban.document.layout.Composition.Colophon;
import org.zhiban.document.layout.Composition.Span;

/** The 主体 and 版记 of a composition as Word paragraphs on the section's grid; the 版头 is {@link DocxMasthead}'s. */
final class DocxContent {

    private final XWPFDocument doc;
    private final ResolvedFonts fonts;

    DocxContent(XWPFDocument doc, ResolvedFonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    void write(Composition composition) {
        new DocxMasthead(doc, fonts).write(composition.masthead(), composition.format());
        for (Block block : composition.blocks()) {
            block(block);
        }
        colophon(composition.colophon());
    }



    private void block(Block block) {
        blank(block.blankLinesBefore());
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(switch (block.align()) {
            case LEFT -> ParagraphAlignment.BOTH;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
        });
        DocxStyle.indent(p, block.firstIndent(), block.indent(), block.rightIndent(), block.sizePt());
        if (block.keepWithPrevious()) {
            p.setKeepNext(true);
        }
        for (Span span : block.spans()) {
            String[] lines = span.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                XWPFRun run = run(p, lines[i], span.font(), block.sizePt(), false);
                if (i < lines.length - 1) {
                    run.addBreak();
                }
            }
        }
    }

    /** 7.4: a frame at the bottom of the 版心 holding 抄送 and 印发, with the thick–thin–thick rules. */
    private void colophon(Colophon colophon) {
        if (colophon.isEmpty()) {
            return;
        }
        List<XWPFParagraph> rows = new ArrayList<>();
        if (colophon.copyTo() != null) {
            XWPFParagraph p = colophonRow(rows);
            double hang = LineBreaker.cells("抄送：");
            DocxStyle.indent(p, 1, 1 + hang, 1, Gbt9704.SIZE_4);
            run(p, colophon.copyTo(), FontRole.FANGSONG, Gbt9704.SIZE_4, false);
        }
        if (colophon.printingOrgan() != null || colophon.printingDate() != null) {
            XWPFParagraph p = colophonRow(rows);
            DocxStyle.indent(p, 1, 1, 1, Gbt9704.SIZE_4);
            DocxStyle.tab(p, Gbt9704.BLOCK_WIDTH - Gbt9704.cell(Gbt9704.SIZE_4), STTabJc.RIGHT);
            run(p, colophon.printingOrgan() == null ? "" : colophon.printingOrgan(), FontRole.FANGSONG,
                    Gbt9704.SIZE_4, false);
            p.createRun().addTab();
            run(p, colophon.printingDate() == null ? "" : colophon.printingDate(), FontRole.FANGSONG,
                    Gbt9704.SIZE_4, false);
            if (colophon.ruled() && rows.size() > 1) {
                DocxStyle.border(DocxStyle.topBorder(p), STBorder.SINGLE, Gbt9704.COLOPHON_THIN, "000000", 1);
            }
        }
        if (colophon.ruled()) {
            DocxStyle.border(DocxStyle.topBorder(rows.get(0)), STBorder.SINGLE, Gbt9704.COLOPHON_THICK, "000000", 1);
            DocxStyle.border(DocxStyle.bottomBorder(rows.get(rows.size() - 1)), STBorder.SINGLE,
                    Gbt9704.COLOPHON_THICK, "000000", 1);
        }
    }

    private XWPFParagraph colophonRow(List<XWPFParagraph> rows) {
        XWPFParagraph p = doc.createParagraph();
        CTFramePr frame = DocxStyle.frame(p);
        frame.setW(BigInteger.valueOf(twips(Gbt9704.BLOCK_WIDTH)));
        frame.setHAnchor(STHAnchor.MARGIN);
        frame.setVAnchor(STVAnchor.MARGIN);
        frame.setYAlign(STYAlign.BOTTOM);
        frame.setWrap(STWrap.AROUND);
        rows.add(p);
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
