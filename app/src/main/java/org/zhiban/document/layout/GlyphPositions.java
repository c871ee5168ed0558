package org.zhiban.document.layout;

import java.io.IOException;

import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Where each character of a run starts, in mm. The grid gives every character its cell; a glyph much narrower
 * than its cell (× in a font that draws it Latin-narrow, where GB 2312 fonts draw it full-width) is centred in
 * the cell instead of hugging its left edge.
 */
final class GlyphPositions {

    private GlyphPositions() {
    }

    static double[] starts(Sheet.Text text, TrueTypeFont font) throws IOException {
        int[] codePoints = text.text().codePoints().toArray();
        double em = Gbt9704.mm(text.sizePt());
        double cell = Gbt9704.cell(text.sizePt());
        double[] starts = new double[codePoints.length];
        double pen = text.x();
        for (int i = 0; i < codePoints.length; i++) {
            double slot = LineBreaker.cells(codePoints[i]) * cell;
            double natural = advance(font, codePoints[i]) * em;
            double spare = slot - natural;
            starts[i] = pen + (spare > 0.25 * em ? spare / 2 : 0);
            pen += text.advances()[i];
        }
        return starts;
    }

    /** The glyph's advance as a fraction of the em; a missing glyph counts as full width. */
    private static double advance(TrueTypeFont font, int codePoint) throws IOException {
        int glyph = font.getUnicodeCmapLookup().getGlyphId(codePoint);
        return glyph == 0 ? 1 : font.getAdvanceWidth(glyph) / (double) font.getUnitsPerEm();
    }
}
