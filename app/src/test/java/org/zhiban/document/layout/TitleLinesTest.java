package org.zhiban.document.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TitleLinesTest {

    @Test
    void a_short_title_stays_on_one_line() {
        assertThat(TitleLines.split("××市人民政府关于开展安全检查的通知", 20)).hasSize(1);
    }

    @Test
    void a_long_title_splits_into_balanced_lines_that_fit() {
        List<String> lines = TitleLines.split(LayoutDocuments.TITLE, Composer.TITLE_CHARS_PER_LINE);
        assertThat(lines).hasSize(2);
        assertThat(String.join("", lines)).isEqualTo(LayoutDocuments.TITLE);
        assertThat(lines).allMatch(l -> l.length() <= Composer.TITLE_CHARS_PER_LINE);
        assertThat(Math.abs(lines.get(0).length() - lines.get(1).length())).isLessThanOrEqualTo(3);
    }

    @Test
    void a_break_before_guanyu_is_preferred_and_book_titles_stay_whole() {
        List<String> lines = TitleLines.split("××市人民政府办公室关于商请支持开展联合执法检查的函", 20);
        assertThat(lines).containsExactly("××市人民政府办公室", "关于商请支持开展联合执法检查的函");
        String law = "××市人民政府关于贯彻实施《中华人民共和国道路交通安全法》的通知";
        assertThat(TitleLines.split(law, 20)).noneMatch(l -> l.contains("《") && !l.contains("》"));
    }
}
