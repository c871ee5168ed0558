package org.zhiban.document.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The grid layout shared by OFD and PDF: pages, page numbers and where the 版记 lands. */
class PaginationTest {

    @Test
    void page_numbers_alternate_sides_and_the_colophon_ends_an_even_page() {
        List<Sheet> sheets = FixedLayout.lay(Composer.compose(LayoutDocuments.withBody(LayoutDocuments.aNotice(),
                LayoutDocuments.body(6))));

        assertThat(sheets.size()).isGreaterThanOrEqualTo(3).matches(n -> n % 2 == 0, "an even page count");
        for (Sheet sheet : sheets) {
            Sheet.Text number = pageNumber(sheet).orElseThrow();
            assertThat(number.text()).isEqualTo("— " + sheet.number() + " —");
            double cell = Gbt9704.cell(Gbt9704.SIZE_4);
            if (sheet.number() % 2 == 1) {
                assertThat(number.x() + width(number)).isCloseTo(Gbt9704.BLOCK_RIGHT - cell, offset(0.01));
            } else {
                assertThat(number.x()).isCloseTo(Gbt9704.LEFT + cell, offset(0.01));
            }
        }
        Sheet last = sheets.get(sheets.size() - 1);
        assertThat(last.texts()).anyMatch(t -> t.text().startsWith("抄送："));
        assertThat(last.rules()).anyMatch(r -> r.y() == Gbt9704.BLOCK_BOTTOM && r.thickness() == 0.35);
        sheets.subList(0, sheets.size() - 1).forEach(s -> assertThat(s.texts()).noneMatch(t -> t.text().startsWith("抄送")));
    }

    @Test
    void no_text_line_leaves_the_type_area_and_lines_keep_the_grid_pitch() {
        List<Sheet> sheets = FixedLayout.lay(Composer.compose(LayoutDocuments.withBody(LayoutDocuments.aNotice(),
                LayoutDocuments.body(6))));
        for (Sheet sheet : sheets) {
            for (Sheet.Text text : sheet.texts()) {
                if (pageNumber(sheet).orElse(null) == text) {
                    continue;
                }
                assertThat(text.baseline()).isBetween(Gbt9704.TOP, Gbt9704.BLOCK_BOTTOM);
                assertThat(text.x()).isGreaterThanOrEqualTo(Gbt9704.LEFT - 1e-6);
                assertThat(text.x() + width(text)).isLessThanOrEqualTo(Gbt9704.BLOCK_RIGHT + 1e-6);
            }
        }
        Sheet second = sheets.get(1);
        double first = second.texts().get(0).baseline();
        assertThat(first).isCloseTo(Gbt9704.baseline(Gbt9704.TOP, 16), offset(0.01));
    }

    @Test
    void signature_and_date_never_open_a_page_alone() {
        for (int sections = 1; sections <= 8; sections++) {
            List<Sheet> sheets = FixedLayout.lay(Composer.compose(LayoutDocuments.withBody(
                    LayoutDocuments.aNotice(), LayoutDocuments.body(sections))));
            for (Sheet sheet : sheets) {
                List<Sheet.Text> texts = sheet.texts().stream()
                        .filter(t -> t.sizePt() == Gbt9704.SIZE_3).toList();
                if (!texts.isEmpty() && texts.get(0).text().equals("××市人民政府")) {
                    throw new AssertionError("署名 opens page " + sheet.number() + " with " + sections + " sections");
                }
                // a line carried along to the next page keeps its own indent
                texts.stream().filter(t -> t.text().startsWith("附件：")).forEach(t ->
                        assertThat(t.x()).isCloseTo(Gbt9704.LEFT + 2 * Gbt9704.CHAR_PITCH, offset(0.01)));
            }
        }
    }

    @Test
    void a_letter_numbers_no_first_page_and_draws_the_double_lines() {
        List<Sheet> sheets = FixedLayout.lay(Composer.compose(LayoutDocuments.aLetter()));
        Sheet first = sheets.get(0);
        assertThat(pageNumber(first)).isEmpty();
        List<Sheet.Rule> red = first.rules().stream().filter(Sheet.Rule::red).toList();
        assertThat(red).hasSize(4).allMatch(r -> Math.abs(r.x2() - r.x1() - 170) < 1e-6);
        assertThat(red.get(0).thickness()).isGreaterThan(red.get(1).thickness());
        assertThat(red.get(3).y()).isEqualTo(297 - 20);
        assertThat(red.get(3).thickness()).isGreaterThan(red.get(2).thickness());
        Sheet.Text mark = first.texts().stream().filter(Sheet.Text::red).findFirst().orElseThrow();
        assertThat(mark.baseline() - Gbt9704.mm(mark.sizePt()) * 0.88).isCloseTo(30, offset(0.01));
        Sheet.Text number = first.texts().stream().filter(t -> t.text().equals("×政办函〔2024〕8号")).findFirst()
                .orElseThrow();
        assertThat(number.x() + width(number)).as("flush right").isCloseTo(Gbt9704.BLOCK_RIGHT, offset(0.01));
        assertThat(first.rules()).noneMatch(r -> !r.red());
    }

    @Test
    void minutes_list_attendance_after_the_body_with_labels_in_heiti() {
        List<Sheet> sheets = FixedLayout.lay(Composer.compose(LayoutDocuments.aMinutes()));
        List<Sheet.Text> texts = sheets.stream().flatMap(s -> s.texts().stream()).toList();
        Sheet.Text present = texts.stream().filter(t -> t.text().equals("出席：")).findFirst().orElseThrow();
        assertThat(present.font()).isEqualTo(FontRole.HEITI);
        assertThat(present.x()).isCloseTo(Gbt9704.LEFT + 2 * Gbt9704.CHAR_PITCH, offset(0.01));
        assertThat(texts.stream().map(Sheet.Text::text).toList())
                .containsSubsequence("××市人民政府常务会议纪要", "第5期", "市政府第十二次常务会议纪要", "出席：", "请假：", "列席：");
    }

    @Test
    void full_body_lines_end_flush_with_the_type_area_even_after_a_carried_character() {
        List<Sheet> sheets = FixedLayout.lay(Composer.compose(LayoutDocuments.aNotice()));
        // "……减少道路交通事" keeps 27 characters because "故" goes along with the "，" after it
        Sheet.Text shortened = sheets.get(0).texts().stream().filter(t -> t.text().startsWith("加强我市")).findFirst()
                .orElseThrow();
        assertThat(shortened.text()).hasSize(27);
        assertThat(shortened.x() + width(shortened) - shortened.advances()[shortened.advances().length - 1]
                + Gbt9704.CHAR_PITCH).isCloseTo(Gbt9704.BLOCK_RIGHT, offset(0.01));
    }

    static Optional<Sheet.Text> pageNumber(Sheet sheet) {
        return sheet.texts().stream().filter(t -> t.font() == FontRole.SONG).findFirst();
    }

    static double width(Sheet.Text text) {
        double width = 0;
        for (double advance : text.advances()) {
            width += advance;
        }
        return width;
    }
}
