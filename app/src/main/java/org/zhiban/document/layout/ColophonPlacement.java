package org.zhiban.document.layout;

import static org.zhiban.document.layout.Gbt9704.BLOCK_BOTTOM;
import static org.zhiban.document.layout.Gbt9704.BLOCK_RIGHT;
import static org.zhiban.document.layout.Gbt9704.LEFT;
import static org.zhiban.document.layout.Gbt9704.LINE_PITCH;
import static org.zhiban.document.layout.Gbt9704.SIZE_4;

import java.util.List;

import org.zhiban.document.layout.Composition.Align;
import org.zhiban.document.layout.Composition.Colophon;
import org.zhiban.document.layout.Composition.Span;
import org.zhiban.document.layout.LineBreaker.Line;

/**
 * 版记 (GB/T 9704 7.4): 四号仿宋, one character in from both sides, 抄送 wrapped after its colon, the 印发
 * line above the last rule, which lies on the bottom edge of the 版心. First and last rules thick, the middle
 * one thin.
 */
final class ColophonPlacement {

    private static final double CELL = Gbt9704.cell(SIZE_4);

    private ColophonPlacement() {
    }

    /** The 版记 broken into lines, ready to be drawn at the foot of a sheet. */
    record Placed(Colophon colophon, List<Line> copyTo) {

        int lines() {
            return copyTo.size() + (colophon.printingOrgan() != null || colophon.printingDate() != null ? 1 : 0);
        }

        void draw(Sheet sheet) {
            double top = BLOCK_BOTTOM - lines() * LINE_PITCH;
            boolean ruled = colophon.ruled();
            if (ruled) {
                sheet.rules().add(new Sheet.Rule(LEFT, BLOCK_RIGHT, top, Gbt9704.COLOPHON_THICK, false));
            }
            double hang = LineBreaker.cells("抄送：") * CELL;
            for (int i = 0; i < copyTo.size(); i++, top += LINE_PITCH) {
                double left = LEFT + CELL + (i == 0 ? 0 : hang);
                Typesetter.place(sheet, copyTo.get(i), Align.LEFT, left, BLOCK_RIGHT - CELL, top, SIZE_4, false);
            }
            if (lines() > copyTo.size()) {
                if (ruled && !copyTo.isEmpty()) {
                    sheet.rules().add(new Sheet.Rule(LEFT, BLOCK_RIGHT, top, Gbt9704.COLOPHON_THIN, false));
                }
                if (colophon.printingOrgan() != null) {
                    Typesetter.place(sheet, Typesetter.single(FontRole.FANGSONG, colophon.printingOrgan(), SIZE_4),
                            Align.LEFT, LEFT + CELL, BLOCK_RIGHT - CELL, top, SIZE_4, false);
                }
                if (colophon.printingDate() != null) {
                    Typesetter.place(sheet, Typesetter.single(FontRole.FANGSONG, colophon.printingDate(), SIZE_4),
                            Align.RIGHT, LEFT + CELL, BLOCK_RIGHT - CELL, top, SIZE_4, false);
                }
            }
            if (ruled) {
                sheet.rules().add(new Sheet.Rule(LEFT, BLOCK_RIGHT, BLOCK_BOTTOM, Gbt9704.COLOPHON_THICK, false));
            }
        }
    }

    /** Null when there is no 版记. */
    static Placed measure(Colophon colophon) {
        if (colophon.isEmpty()) {
            return null;
        }
        List<Line> copyTo = List.of();
        if (colophon.copyTo() != null) {
            double first = Gbt9704.BLOCK_WIDTH - 2 * CELL;
            double rest = first - LineBreaker.cells("抄送：") * CELL;
            copyTo = LineBreaker.lines(List.of(new Span(FontRole.FANGSONG, colophon.copyTo())), SIZE_4, first, rest,
                    true);
        }
        return new Placed(colophon, copyTo);
    }
}
