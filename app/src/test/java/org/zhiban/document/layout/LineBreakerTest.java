package org.zhiban.document.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhiban.document.layout.Composition.Span;
import org.zhiban.document.layout.LineBreaker.Line;

class LineBreakerTest {

    private static final double LINE = Gbt9704.BLOCK_WIDTH;

    @Test
    void twenty_eight_sanhao_characters_fill_a_line_exactly() {
        List<Line> lines = lines("一".repeat(28) + "二");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).text()).hasSize(28);
        assertThat(lines.get(0).width()).isCloseTo(156, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void closing_punctuation_never_opens_a_line() {
        List<Line> lines = lines("一".repeat(28) + "。");
        assertThat(lines.get(1).text()).isEqualTo("一。");
    }

    @Test
    void opening_brackets_never_end_a_line() {
        List<Line> lines = lines("一".repeat(27) + "《二》");
        assertThat(lines.get(0).text()).doesNotEndWith("《");
        assertThat(lines.get(1).text()).startsWith("《");
    }

    @Test
    void numbers_stay_whole_and_digits_take_half_a_cell() {
        List<Line> lines = lines("一".repeat(27) + "2024年");
        assertThat(lines.get(0).text()).endsWith("一");
        assertThat(lines.get(1).text()).isEqualTo("2024年");
        assertThat(LineBreaker.cells("2024年")).isEqualTo(3);
    }

    @Test
    void organ_names_in_a_copy_to_line_are_not_torn() {
        String copyTo = "抄送：市委各部门，市人大常委会办公厅，市政协办公厅，市法院，市检察院。";
        List<Line> lines = LineBreaker.lines(List.of(new Span(FontRole.FANGSONG, copyTo)), 14, 24 * Gbt9704.mm(14),
                21 * Gbt9704.mm(14), true);
        assertThat(lines).extracting(Line::text).allMatch(t -> t.endsWith("，") || t.endsWith("。"));
    }

    @Test
    void a_newline_forces_a_break_and_keeps_both_lines_unjustified() {
        List<Line> lines = lines("第一行\n第二行");
        assertThat(lines).extracting(Line::text).containsExactly("第一行", "第二行");
        assertThat(lines).allMatch(Line::last);
    }

    private static List<Line> lines(String text) {
        return LineBreaker.lines(List.of(new Span(FontRole.FANGSONG, text)), Gbt9704.SIZE_3, LINE, LINE);
    }
}
