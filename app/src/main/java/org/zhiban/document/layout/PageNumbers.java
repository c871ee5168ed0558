package org.zhiban.document.layout;

import static org.zhiban.document.layout.Gbt9704.SIZE_4;

import org.zhiban.document.layout.Composition.Align;

/**
 * 页码 (GB/T 9704 7.5): "— 1 —" in 四号 half-width 宋体 digits, the dashes 7 mm below the 版心; odd pages one
 * character in from the right, even pages one character in from the left.
 */
final class PageNumbers {

    private PageNumbers() {
    }

    static String text(int page) {
        return "— " + page + " —";
    }

    static void draw(Sheet sheet) {
        double cell = Gbt9704.cell(SIZE_4);
        boolean odd = sheet.number() % 2 == 1;
        // the dash sits about 0.35 em above the baseline
        double baseline = Gbt9704.BLOCK_BOTTOM + Gbt9704.PAGE_NUMBER_GAP + Gbt9704.mm(SIZE_4) * 0.35;
        Typesetter.placeAt(sheet, Typesetter.single(FontRole.SONG, text(sheet.number()), SIZE_4),
                odd ? Align.RIGHT : Align.LEFT, Gbt9704.LEFT + cell, Gbt9704.BLOCK_RIGHT - cell, baseline, SIZE_4,
                false);
    }
}
