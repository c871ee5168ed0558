package org.zhiban.document.layout;

import java.util.ArrayList;
import java.util.List;

import org.zhiban.document.layout.Composition.Align;
import org.zhiban.document.layout.LineBreaker.Line;
import org.zhiban.document.layout.LineBreaker.Segment;

/** Puts one broken line onto a sheet: alignment, and justification of full lines so both edges stay straight. */
final class Typesetter {

    private Typesetter() {
    }

    /** Places the line with its baseline in the middle of the grid line starting at {@code top}. */
    static List<Sheet.Text> place(Sheet sheet, Line line, Align align, double left, double right, double top,
                                  double sizePt, boolean red) {
        return placeAt(sheet, line, align, left, right, Gbt9704.baseline(top, sizePt), sizePt, red);
    }

    static List<Sheet.Text> placeAt(Sheet sheet, Line line, Align align, double left, double right,
                                    double baseline, double sizePt, boolean red) {
        double room = right - left - line.width();
        double x = switch (align) {
            case LEFT -> left;
            case CENTER -> left + room / 2;
            case RIGHT -> right - line.width();
        };
        int glyphs = line.segments().stream().mapToInt(s -> s.advances().length).sum();
        // half-width characters, or a character carried over by the 禁则, leave up to a cell short: spread it,
        // as Word's 两端对齐 does
        boolean justify = align == Align.LEFT && !line.last() && room > 1e-6
                && room <= Gbt9704.cell(sizePt) + 1e-6 && glyphs > 1;
        double extra = justify ? room / (glyphs - 1) : 0;
        List<Sheet.Text> placed = new ArrayList<>();
        int seen = 0;
        for (Segment segment : line.segments()) {
            double[] advances = segment.advances().clone();
            for (int i = 0; i < advances.length; i++, seen++) {
                if (seen < glyphs - 1) {
                    advances[i] += extra;
                }
            }
            Sheet.Text text = new Sheet.Text(x, baseline, segment.font(), sizePt, red, segment.text(), advances);
            sheet.texts().add(text);
            placed.add(text);
            for (double advance : advances) {
                x += advance;
            }
        }
        return placed;
    }

    /** A single line of text that is never broken (版头 elements, page numbers). */
    static Line single(FontRole font, String text, double sizePt) {
        return LineBreaker.lines(List.of(new Composition.Span(font, text)), sizePt, Double.MAX_VALUE,
                Double.MAX_VALUE).get(0);
    }
}
