package org.zhiban.document.layout;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFramePr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;

/** The few WordprocessingML settings POI's usermodel does not cover: eastAsia fonts, character indents, borders, frames. */
final class DocxStyle {

    static final String RED = "FF0000";

    private DocxStyle() {
    }

    static long twips(double mm) {
        return Math.round(mm * 1440 / 25.4);
    }

    static XWPFRun run(XWPFParagraph paragraph, String text, String fontName, double sizePt, boolean red) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        font(run, fontName, sizePt);
        if (red) {
            run.setColor(RED);
        }
        return run;
    }

    /** The same name for every script, and the eastAsia hint, so Word never falls back to a Latin face. */
    static void font(XWPFRun run, String fontName, double sizePt) {
        CTRPr rPr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = rPr.sizeOfRFontsArray() > 0 ? rPr.getRFontsArray(0) : rPr.addNewRFonts();
        fonts.setAscii(fontName);
        fonts.setHAnsi(fontName);
        fonts.setEastAsia(fontName);
        fonts.setCs(fontName);
        fonts.setHint(STHint.EAST_ASIA);
        run.setFontSize(sizePt);
    }

    static CTPPr pPr(XWPFParagraph paragraph) {
        return paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
    }

    /**
     * Indents in characters of the paragraph's size (Word's *Chars attributes), with twips beside them for
     * readers that ignore those.
     */
    static void indent(XWPFParagraph paragraph, double first, double left, double right, double sizePt) {
        CTInd ind = pPr(paragraph).isSetInd() ? pPr(paragraph).getInd() : pPr(paragraph).addNewInd();
        double cell = Gbt9704.cell(sizePt);
        ind.setLeftChars(BigInteger.valueOf(Math.round(left * 100)));
        ind.setLeft(BigInteger.valueOf(twips(left * cell)));
        ind.setRightChars(BigInteger.valueOf(Math.round(right * 100)));
        ind.setRight(BigInteger.valueOf(twips(right * cell)));
        if (first > left) {
            ind.setFirstLineChars(BigInteger.valueOf(Math.round((first - left) * 100)));
            ind.setFirstLine(BigInteger.valueOf(twips((first - left) * cell)));
        } else if (first < left) {
            ind.setHangingChars(BigInteger.valueOf(Math.round((left - first) * 100)));
            ind.setHanging(BigInteger.valueOf(twips((left - first) * cell)));
        }
    }

    /**
     * @param eighths border width in eighths of a point, as Word counts
     * @param spacePt distance between text and border in points
     */
    static void border(CTBorder border, STBorder.Enum style, double widthMm, String color, double spacePt) {
        border.setVal(style);
        border.setSz(BigInteger.valueOf(Math.max(2, Math.round(widthMm * 72 / 25.4 * 8))));
        border.setColor(color);
        border.setSpace(BigInteger.valueOf(Math.round(spacePt)));
    }

    static CTBorder bottomBorder(XWPFParagraph paragraph) {
        CTPPr pPr = pPr(paragraph);
        return (pPr.isSetPBdr() ? pPr.getPBdr() : pPr.addNewPBdr()).addNewBottom();
    }

    static CTBorder topBorder(XWPFParagraph paragraph) {
        CTPPr pPr = pPr(paragraph);
        return (pPr.isSetPBdr() ? pPr.getPBdr() : pPr.addNewPBdr()).addNewTop();
    }

    static void tab(XWPFParagraph paragraph, double mm) {
        tab(paragraph, mm, STTabJc.LEFT);
    }

    static void tab(XWPFParagraph paragraph, double mm, STTabJc.Enum alignment) {
        CTPPr pPr = pPr(paragraph);
        CTTabStop stop = (pPr.isSetTabs() ? pPr.getTabs() : pPr.addNewTabs()).addNewTab();
        stop.setVal(alignment);
        stop.setPos(BigInteger.valueOf(twips(mm)));
    }

    static CTFramePr frame(XWPFParagraph paragraph) {
        return pPr(paragraph).addNewFramePr();
    }

    static void noGrid(XWPFParagraph paragraph) {
        pPr(paragraph).addNewSnapToGrid().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
    }
}
