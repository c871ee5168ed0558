package org.zhiban.integrations.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetMakerTest {

    @Test
    void marks_each_word_on_its_own_and_escapes_the_rest() {
        assertThat(SnippetMaker.snippet(List.of("条款", "格式"), "提供格式条款的一方<不得>免除责任"))
                .isEqualTo("提供<em>格式</em><em>条款</em>的一方&lt;不得&gt;免除责任");
    }

    @Test
    void a_longer_word_wins_where_words_overlap_and_latin_letters_match_in_any_case() {
        assertThat(SnippetMaker.snippet(List.of("格式条款", "条款", "app"), "格式条款与APP条款"))
                .isEqualTo("<em>格式条款</em>与<em>APP</em><em>条款</em>");
    }

    @Test
    void shows_the_densest_passages_of_a_long_text_and_its_beginning_when_nothing_matches() {
        String text = "甲".repeat(300) + "欺诈行为" + "乙".repeat(300) + "三倍赔偿" + "丙".repeat(300);

        String snippet = SnippetMaker.snippet(List.of("欺诈", "赔偿"), text);

        assertThat(snippet).contains("<em>欺诈</em>", "<em>赔偿</em>", "…").hasSizeLessThan(2 * 120 + 40);
        assertThat(SnippetMaker.snippet(List.of("无关"), text)).startsWith("甲甲").endsWith("…").hasSize(121);
    }
}
