package org.zhiban.document.layout;

import java.util.List;

/**
 * What goes on the pages, decided once for all three outputs: the 版头 elements, the flowing blocks of the
 * 主体, and the 版记. DOCX turns blocks into Word paragraphs; OFD and PDF break them into lines on the grid.
 */
record Composition(LayoutDocument.Format format, Masthead masthead, List<Block> blocks, Colophon colophon,
                   boolean sealed) {

    /** A piece of text in one typeface. */
    record Span(FontRole font, String text) {
    }

    enum Align { LEFT, CENTER, RIGHT }

    enum Kind { TITLE, ADDRESSEE, BODY, ATTACHMENT, SIGNATURE, DATE, NOTE, ATTENDANCE }

    /**
     * A paragraph of the 主体. Indents are in 字 (characters of the block's size); a newline inside a span
     * forces a line break (titles are split before they are laid out).
     *
     * @param blankLinesBefore empty grid lines above the block
     * @param keepWithPrevious the block may not open a page on its own (署名 and 成文日期, GB/T 9704 7.3.5.5)
     */
    record Block(Kind kind, List<Span> spans, double sizePt, Align align, double firstIndent, double indent,
                 double rightIndent, int blankLinesBefore, boolean keepWithPrevious) {

        String text() {
            StringBuilder text = new StringBuilder();
            spans.forEach(span -> text.append(span.text()));
            return text.toString();
        }
    }

    /**
     * 版头 elements, each null when absent.
     *
     * @param secrecyLine 密级★保密期限
     * @param signers     签发人 names (上行文 only)
     */
    record Masthead(String copyNumber, String secrecyLine, String urgency, String mark, String number,
                    List<String> signers) {

        /** 份号, 密级, 紧急程度: stacked top to bottom in this order, flush left (7.2.3). */
        List<String> leftColumn() {
            return java.util.stream.Stream.of(copyNumber, secrecyLine, urgency)
                    .filter(java.util.Objects::nonNull).toList();
        }

        /** 份号 in 仿宋, 密级 and 紧急程度 in 黑体 (7.2.1–7.2.3). */
        FontRole fontOf(String element) {
            return element.equals(copyNumber) ? FontRole.FANGSONG : FontRole.HEITI;
        }
    }

    /**
     * 版记: 抄送 (with its label and closing 句号) and the 印发 line; the 信函 has neither 印发 nor lines.
     */
    record Colophon(String copyTo, String printingOrgan, String printingDate, boolean ruled) {

        boolean isEmpty() {
            return copyTo == null && printingOrgan == null && printingDate == null;
        }
    }
}
