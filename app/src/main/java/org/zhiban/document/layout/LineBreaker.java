package org.zhiban.document.layout;

import java.util.ArrayList;
import java.util.List;

import org.zhiban.document.layout.Composition.Span;

/**
 * Breaks text into lines on the GB/T 9704 character grid. A full-width character takes one cell, a half-width
 * one (digits, Latin) half a cell, whatever the font: the grid, not the font's metrics, decides where a line
 * ends, so OFD and PDF break identically with any font. Runs of Latin letters and digits stay together, and
 * the usual 禁则 apply: no closing punctuation at a line's start, no opening bracket at its end.
 */
final class LineBreaker {

    private static final String NO_LINE_START = "，。、；：？！）》」』】〕”’…—·%,.;:?!)]";
    private static final String NO_LINE_END = "（《「『【〔“‘([";
    private static final double EPSILON = 1e-6;

    /** One run of a line in one typeface, with each character's advance in mm. */
    record Segment(FontRole font, String text, double[] advances) {
    }

    /**
     * @param last    the paragraph's last line, or a line ended by a forced break: not justified
     * @param width   natural width in mm
     */
    record Line(List<Segment> segments, double width, boolean last) {
        String text() {
            StringBuilder text = new StringBuilder();
            segments.forEach(s -> text.append(s.text()));
            return text.toString();
        }
    }

    private record Glyph(int codePoint, FontRole font, double advance) {
    }

    private LineBreaker() {
    }

    static double cells(int codePoint) {
        return isHalfWidth(codePoint) ? 0.5 : 1;
    }

    static double cells(String text) {
        return text.codePoints().mapToDouble(LineBreaker::cells).sum();
    }

    /** × is full-width in GB 2312 (A1C1), which 公文 placeholders such as "××市" are typed in. */
    private static boolean isHalfWidth(int codePoint) {
        return codePoint != '×' && (codePoint < 0x2000 || (codePoint >= 0xFF61 && codePoint <= 0xFFDC));
    }

    static List<Line> lines(List<Span> spans, double sizePt, double firstWidth, double restWidth) {
        return lines(spans, sizePt, firstWidth, restWidth, false);
    }

    /**
     * @param keepNames break only after "，" and "、" when a name fits a line (抄送 lists organs, which
     *                  should not be torn apart)
     */
    static List<Line> lines(List<Span> spans, double sizePt, double firstWidth, double restWidth,
                            boolean keepNames) {
        double cell = Gbt9704.cell(sizePt);
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        List<List<Glyph>> tokens = keepNames ? names(tokens(spans, cell)) : tokens(spans, cell);
        for (List<Glyph> token : tokens) {
            if (token.get(0).codePoint() == '\n') {
                lines.add(line(current, true));
                current = new ArrayList<>();
                continue;
            }
            double available = lines.isEmpty() ? firstWidth : restWidth;
            if (width(current) + width(token) > available + EPSILON && !current.isEmpty()) {
                List<Glyph> carried = carry(current, token);
                lines.add(line(current, false));
                current = carried;
            }
            current.addAll(token);
            // a token wider than a whole line (a long number) is cut where it must be
            while (width(current) > (lines.isEmpty() ? firstWidth : restWidth) + EPSILON && current.size() > 1) {
                List<Glyph> rest = new ArrayList<>();
                while (width(current) > (lines.isEmpty() ? firstWidth : restWidth) + EPSILON) {
                    rest.add(0, current.remove(current.size() - 1));
                }
                lines.add(line(current, false));
                current = rest;
            }
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(line(current, true));
        }
        return lines;
    }

    /** What moves to the next line with the token: the last glyph when the token may not open a line. */
    private static List<Glyph> carry(List<Glyph> current, List<Glyph> token) {
        List<Glyph> carried = new ArrayList<>();
        boolean tokenMayNotStart = NO_LINE_START.indexOf(token.get(0).codePoint()) >= 0;
        if (tokenMayNotStart && current.size() > 1) {
            carried.add(0, current.remove(current.size() - 1));
        }
        while (current.size() > 1 && NO_LINE_END.indexOf(current.get(current.size() - 1).codePoint()) >= 0) {
            carried.add(0, current.remove(current.size() - 1));
        }
        return carried;
    }

    private static List<List<Glyph>> names(List<List<Glyph>> tokens) {
        List<List<Glyph>> names = new ArrayList<>();
        List<Glyph> name = new ArrayList<>();
        for (List<Glyph> token : tokens) {
            name.addAll(token);
            int last = token.get(token.size() - 1).codePoint();
            if (last == '，' || last == '、' || last == '：') {
                names.add(name);
                name = new ArrayList<>();
            }
        }
        if (!name.isEmpty()) {
            names.add(name);
        }
        return names;
    }

    private static List<List<Glyph>> tokens(List<Span> spans, double cell) {
        List<List<Glyph>> tokens = new ArrayList<>();
        List<Glyph> word = new ArrayList<>();
        for (Span span : spans) {
            for (int cp : span.text().codePoints().toArray()) {
                Glyph glyph = new Glyph(cp, span.font(), cells(cp) * cell);
                if (Character.isLetterOrDigit(cp) && cp < 0x0250) {
                    word.add(glyph);
                    continue;
                }
                if (!word.isEmpty()) {
                    tokens.add(word);
                    word = new ArrayList<>();
                }
                tokens.add(List.of(glyph));
            }
        }
        if (!word.isEmpty()) {
            tokens.add(word);
        }
        return tokens;
    }

    private static double width(List<Glyph> glyphs) {
        return glyphs.stream().mapToDouble(Glyph::advance).sum();
    }

    private static Line line(List<Glyph> glyphs, boolean last) {
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= glyphs.size(); i++) {
            if (i == glyphs.size() || glyphs.get(i).font() != glyphs.get(start).font()) {
                List<Glyph> run = glyphs.subList(start, i);
                StringBuilder text = new StringBuilder();
                double[] advances = new double[run.size()];
                for (int g = 0; g < run.size(); g++) {
                    text.appendCodePoint(run.get(g).codePoint());
                    advances[g] = run.get(g).advance();
                }
                segments.add(new Segment(run.get(0).font(), text.toString(), advances));
                start = i;
            }
        }
        return new Line(segments, width(glyphs), last);
    }
}
