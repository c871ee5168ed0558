package org.zhiban.document.layout;

import static org.zhiban.document.layout.Gbt9704.BLOCK_RIGHT;
import static org.zhiban.document.layout.Gbt9704.LEFT;
import static org.zhiban.document.layout.Gbt9704.LINE_PITCH;
import static org.zhiban.document.layout.Gbt9704.SIZE_3;
import static org.zhiban.document.layout.Gbt9704.TOP;

import java.util.ArrayList;
import java.util.List;

import org.zhiban.document.layout.Composition.Align;
import org.zhiban.document.layout.Composition.Masthead;
import org.zhiban.document.layout.LayoutDocument.Format;

/**
 * 版头 on the first sheet (GB/T 9704 7.2, 10.1, 10.3). Returns the top of the grid line where the 标题 goes.
 */
final class MastheadPlacement {

    /** The 标志's size is the organ's choice (7.2.4); these caps keep it bold but inside the 版心. */
    private static final double MARK_EM_MAX = 15, LETTER_MARK_EM_MAX = 11;

    private MastheadPlacement() {
    }

    static double place(Sheet sheet, Masthead head, Format format) {
        return format == Format.LETTER ? letter(sheet, head) : document(sheet, head, format == Format.DOCUMENT);
    }

    /** 文件格式 and 纪要格式: stacked 份号/密级/紧急程度, the red 标志, 发文字号 (and 签发人), the red line. */
    private static double document(Sheet sheet, Masthead head, boolean alwaysRuled) {
        double top = TOP;
        for (String element : head.leftColumn()) {
            place(sheet, element, head.fontOf(element), Align.LEFT, 0, top, false);
            top += LINE_PITCH;
        }
        double markBottom = mark(sheet, head.mark(), Gbt9704.MARK_TOP, MARK_EM_MAX);
        double numberTop = markBottom + 2 * LINE_PITCH;
        double lastTop = numberTop;
        if (!head.signers().isEmpty()) {
            lastTop = signers(sheet, head.signers(), numberTop);
            if (head.number() != null) {
                place(sheet, head.number(), FontRole.FANGSONG, Align.LEFT, 1, lastTop, false);
            }
        } else if (head.number() != null) {
            place(sheet, head.number(), FontRole.FANGSONG, Align.CENTER, 0, numberTop, false);
        } else if (!alwaysRuled) {
            // a 纪要 without a number gets no red line; a 文件 always has one
            return gridLineAfter(markBottom) + 2 * LINE_PITCH;
        }
        double separator = textBottom(lastTop) + Gbt9704.SEPARATOR_GAP;
        sheet.rules().add(new Sheet.Rule(LEFT, BLOCK_RIGHT, separator, Gbt9704.SEPARATOR_WIDTH, true));
        return gridLineAfter(separator) + 2 * LINE_PITCH;
    }

    /** 信函格式: 标志 30 mm from the paper's top, red double lines above and at the foot, the number flush right. */
    private static double letter(Sheet sheet, Masthead head) {
        double markBottom = mark(sheet, head.mark(), Gbt9704.LETTER_MARK_TOP, LETTER_MARK_EM_MAX);
        double x1 = (Gbt9704.PAGE_WIDTH - Gbt9704.LETTER_LINE_LENGTH) / 2;
        double x2 = x1 + Gbt9704.LETTER_LINE_LENGTH;
        double thick = markBottom + Gbt9704.SEPARATOR_GAP + Gbt9704.LETTER_THICK / 2;
        double thin = thick + Gbt9704.LETTER_THICK / 2 + Gbt9704.LETTER_LINE_GAP + Gbt9704.LETTER_THIN / 2;
        sheet.rules().add(new Sheet.Rule(x1, x2, thick, Gbt9704.LETTER_THICK, true));
        sheet.rules().add(new Sheet.Rule(x1, x2, thin, Gbt9704.LETTER_THIN, true));
        double footThick = Gbt9704.LETTER_BOTTOM_LINE;
        double footThin = footThick - Gbt9704.LETTER_THICK / 2 - Gbt9704.LETTER_LINE_GAP - Gbt9704.LETTER_THIN / 2;
        sheet.rules().add(new Sheet.Rule(x1, x2, footThin, Gbt9704.LETTER_THIN, true));
        sheet.rules().add(new Sheet.Rule(x1, x2, footThick, Gbt9704.LETTER_THICK, true));
        // 10.1: the first element's top is 7/8 of a 三号 character below the double line
        double em = Gbt9704.mm(SIZE_3);
        double firstTop = thin + Gbt9704.LETTER_THIN / 2 + em * 7 / 8 - (LINE_PITCH - em) / 2;
        double top = firstTop;
        for (String element : head.leftColumn()) {
            place(sheet, element, head.fontOf(element), Align.LEFT, 0, top, false);
            top += LINE_PITCH;
        }
        if (head.number() != null) {
            place(sheet, head.number(), FontRole.FANGSONG, Align.RIGHT, 0, firstTop, false);
        }
        double lastTop = Math.max(top - LINE_PITCH, firstTop);
        return lastTop + 3 * LINE_PITCH;
    }

    /** Two names to a line, the label in 仿宋 and the names in 楷体, one character in from the right (7.2.6). */
    private static double signers(Sheet sheet, List<String> names, double top) {
        double cell = Gbt9704.CHAR_PITCH;
        String label = "签发人：";
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i += 2) {
            rows.add(String.join("　", names.subList(i, Math.min(i + 2, names.size()))));
        }
        double widest = rows.stream().mapToDouble(LineBreaker::cells).max().orElse(0) * cell;
        double namesLeft = BLOCK_RIGHT - cell - widest;
        double labelLeft = namesLeft - LineBreaker.cells(label) * cell;
        double rowTop = top;
        for (int i = 0; i < rows.size(); i++, rowTop += LINE_PITCH) {
            if (i == 0) {
                Typesetter.place(sheet, Typesetter.single(FontRole.FANGSONG, label, SIZE_3), Align.LEFT,
                        labelLeft, BLOCK_RIGHT, rowTop, SIZE_3, false);
            }
            Typesetter.place(sheet, Typesetter.single(FontRole.KAITI, rows.get(i), SIZE_3), Align.LEFT,
                    namesLeft, BLOCK_RIGHT, rowTop, SIZE_3, false);
        }
        return rowTop - LINE_PITCH;
    }

    /** The red 标志, centred; returns its bottom edge. */
    private static double mark(Sheet sheet, String mark, double top, double maxEm) {
        double em = markEm(mark, maxEm);
        double sizePt = em * 72 / 25.4;
        Typesetter.placeAt(sheet, Typesetter.single(FontRole.XIAOBIAOSONG, mark, sizePt), Align.CENTER, LEFT,
                BLOCK_RIGHT, top + em * 0.88, sizePt, true);
        return top + em;
    }

    /** The 标志's em: as large as the cap allows while the whole name fits the 版心 with a margin. */
    static double markEm(String mark, boolean letter) {
        return markEm(mark, letter ? LETTER_MARK_EM_MAX : MARK_EM_MAX);
    }

    private static double markEm(String mark, double maxEm) {
        return Math.min(maxEm, Gbt9704.BLOCK_WIDTH * 0.95 / LineBreaker.cells(mark));
    }

    private static void place(Sheet sheet, String text, FontRole font, Align align, double indentChars,
                              double top, boolean red) {
        double inset = indentChars * Gbt9704.CHAR_PITCH;
        Typesetter.place(sheet, Typesetter.single(font, text, SIZE_3), align, LEFT + inset, BLOCK_RIGHT - inset,
                top, SIZE_3, red);
    }

    private static double textBottom(double lineTop) {
        return Gbt9704.baseline(lineTop, SIZE_3) + Gbt9704.mm(SIZE_3) * 0.12;
    }

    /** The top of the first grid line of the 版心 at or below {@code y}. */
    static double gridLineAfter(double y) {
        double lines = Math.ceil((y - TOP) / LINE_PITCH - 1e-6);
        return TOP + Math.max(0, lines) * LINE_PITCH;
    }
}
