package org.zhiban.document.layout;

import static org.zhiban.document.layout.DocxStyle.twips;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * DOCX with POI: the GB/T 9704 page as a Word section (A4, margins, a 22 × 28 document grid), the 版头 and
 * 主体 as paragraphs ({@link DocxContent}), and odd/even footers with a PAGE field. Word paginates DOCX itself,
 * so the 版记 is a frame anchored to the bottom of the 版心 of whatever page the text ends on.
 */
final class DocxWriter {

    private DocxWriter() {
    }

    static byte[] write(Composition composition, ResolvedFonts fonts, String title) {
        try (XWPFDocument doc = new XWPFDocument()) {
            CTSectPr section = doc.getDocument().getBody().addNewSectPr();
            page(section);
            new DocxContent(doc, fonts).write(composition);
            footers(doc, section, fonts, composition.format() == LayoutDocument.Format.LETTER);
            properties(doc, fonts, title);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("DOCX layout failed", e);
        }
    }

    private static void page(CTSectPr section) {
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(Gbt9704.PAGE_WIDTH)));
        size.setH(BigInteger.valueOf(twips(Gbt9704.PAGE_HEIGHT)));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(twips(Gbt9704.TOP)));
        margins.setBottom(BigInteger.valueOf(twips(Gbt9704.BOTTOM)));
        margins.setLeft(BigInteger.valueOf(twips(Gbt9704.LEFT)));
        margins.setRight(BigInteger.valueOf(twips(Gbt9704.RIGHT)));
        margins.setHeader(BigInteger.valueOf(twips(15)));
        // Word measures the footer from the paper's edge to the footer's bottom: the dash 7 mm below the 版心
        double footer = Gbt9704.BOTTOM - Gbt9704.PAGE_NUMBER_GAP - Gbt9704.mm(Gbt9704.SIZE_4);
        margins.setFooter(BigInteger.valueOf(twips(footer)));
        margins.setGutter(BigInteger.ZERO);
        CTDocGrid grid = section.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(twips(Gbt9704.LINE_PITCH)));
        // charSpace: how far the grid's pitch is from the 三号 em, in 1/4096 pt (−848 for 156 mm / 28)
        double pitchPt = Gbt9704.CHAR_PITCH * 72 / 25.4;
        grid.setCharSpace(BigInteger.valueOf(Math.round((pitchPt - Gbt9704.SIZE_3) * 4096)));
    }

    /** 7.5: "— n —", odd pages right with one character in, even pages left; 信函 shows none on page one. */
    private static void footers(XWPFDocument doc, CTSectPr section, ResolvedFonts fonts, boolean letter) {
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT, fonts);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT, fonts);
        if (letter) {
            doc.createFooter(HeaderFooterType.FIRST).createParagraph();
            if (!section.isSetTitlePg()) {
                section.addNewTitlePg();
            }
        }
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment, ResolvedFonts fonts) {
        XWPFParagraph paragraph = footer.getParagraphs().isEmpty() ? footer.createParagraph()
                : footer.getParagraphs().get(0);
        paragraph.setAlignment(alignment);
        boolean right = alignment == ParagraphAlignment.RIGHT;
        DocxStyle.indent(paragraph, right ? 0 : 1, right ? 0 : 1, right ? 1 : 0, Gbt9704.SIZE_4);
        String song = fonts.get(FontRole.SONG).wordName();
        DocxStyle.run(paragraph, "— ", song, Gbt9704.SIZE_4, false);
        XWPFRun begin = DocxStyle.run(paragraph, "", song, Gbt9704.SIZE_4, false);
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instruction = paragraph.createRun();
        DocxStyle.font(instruction, song, Gbt9704.SIZE_4);
        instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun separate = paragraph.createRun();
        separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        DocxStyle.run(paragraph, "1", song, Gbt9704.SIZE_4, false);
        XWPFRun end = paragraph.createRun();
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        DocxStyle.run(paragraph, " —", song, Gbt9704.SIZE_4, false);
    }

    /** DOCX names fonts and embeds none: the properties say so, and which fallback PDF and OFD used. */
    private static void properties(XWPFDocument doc, ResolvedFonts fonts, String title) {
        doc.getProperties().getCoreProperties().setTitle(title);
        doc.getProperties().getCoreProperties().setCreator("Zhiban GB/T 9704 layout");
        var custom = doc.getProperties().getCustomProperties();
        custom.addProperty("Fonts", "DOCX refers to fonts by name; PDF/OFD use: " + fonts.describe());
        custom.addProperty("FontFallback", fonts.anyFallback());
    }
}
