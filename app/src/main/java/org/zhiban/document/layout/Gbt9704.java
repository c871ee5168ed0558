package org.zhiban.document.layout;

/**
 * The figures of GB/T 9704-2012 in millimetres (origin: top-left corner of the paper) and points.
 * One place for them, so DOCX, OFD and PDF cannot drift apart.
 */
final class Gbt9704 {

    /** A4 (5.1). */
    static final double PAGE_WIDTH = 210, PAGE_HEIGHT = 297;
    /** 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm (5.2.1); bottom and right follow from them. */
    static final double TOP = 37, LEFT = 28, BLOCK_WIDTH = 156, BLOCK_HEIGHT = 225;
    static final double BOTTOM = PAGE_HEIGHT - TOP - BLOCK_HEIGHT, RIGHT = PAGE_WIDTH - LEFT - BLOCK_WIDTH;
    static final double BLOCK_RIGHT = LEFT + BLOCK_WIDTH, BLOCK_BOTTOM = TOP + BLOCK_HEIGHT;
    /** 22 lines of 28 characters fill the 版心 (5.2.3). */
    static final int LINES = 22, CHARS = 28;
    static final double LINE_PITCH = BLOCK_HEIGHT / LINES, CHAR_PITCH = BLOCK_WIDTH / CHARS;

    /** 二号, 三号, 四号 in points. */
    static final double SIZE_2 = 22, SIZE_3 = 16, SIZE_4 = 14;

    /** 7.2.4: the top of the 发文机关标志 sits 35 mm below the top of the 版心 (10.3: also the 纪要标志). */
    static final double MARK_TOP = TOP + 35;
    /** 7.2.7: the red separator is 4 mm below the 发文字号. */
    static final double SEPARATOR_GAP = 4;
    /** A red separator is not given a thickness by the standard; 0.5 mm is what printed 红头 commonly use. */
    static final double SEPARATOR_WIDTH = 0.5;
    /** 7.4.1: 版记 lines, first and last thick, middle ones thin. */
    static final double COLOPHON_THICK = 0.35, COLOPHON_THIN = 0.25;
    /** 7.5: the page number's dash sits 7 mm below the 版心. */
    static final double PAGE_NUMBER_GAP = 7;

    /** 10.1 信函格式: 标志 30 mm from the paper's top; double lines 170 mm long, the lower one 20 mm from the bottom edge. */
    static final double LETTER_MARK_TOP = 30, LETTER_LINE_LENGTH = 170, LETTER_BOTTOM_LINE = PAGE_HEIGHT - 20;
    /** Thick over thin at the top, thin over thick at the foot; the standard names no widths, these are usual. */
    static final double LETTER_THICK = 1.0, LETTER_THIN = 0.35, LETTER_LINE_GAP = 0.8;

    private Gbt9704() {
    }

    static double mm(double pt) {
        return pt * 25.4 / 72;
    }

    /**
     * The width of one 字 at this size. At 三号 it is the grid's character pitch (156/28 mm, a little under
     * 16 pt, as Word's document grid compresses it); other sizes keep their natural em.
     */
    static double cell(double sizePt) {
        return sizePt == SIZE_3 ? CHAR_PITCH : mm(sizePt);
    }

    /** Baseline of a character of this size set in the middle of a line box starting at {@code top}. */
    static double baseline(double top, double sizePt) {
        double em = mm(sizePt);
        // ideographs sit about 0.88 em above their baseline
        return top + (LINE_PITCH - em) / 2 + em * 0.88;
    }
}
