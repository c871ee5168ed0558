package org.zhiban.document.writing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 润色 without a model corrects listed wrong words only, and never a correct word that contains one. */
class WordingTidyTest {

    final WordingTidy tidy = new WordingTidy();

    @Test
    void corrects_the_listed_wrong_words_and_says_which() {
        WordingTidy.Tidied t = tidy.tidy("请各单位再接再砺，核对帐本，截止目前已核对帐本三册。");

        assertThat(t.text()).isEqualTo("请各单位再接再厉，核对账本，截至目前已核对账本三册。");
        assertThat(t.corrections()).containsExactlyInAnyOrder("再接再砺→再接再厉", "帐本→账本（2处）", "截止→截至");
    }

    @Test
    void leaves_correct_words_that_contain_a_wrong_form_alone() {
        String text = "请确定单位名单，于3月份内完成，推动发展转型，按股分配。";

        WordingTidy.Tidied t = tidy.tidy(text);

        assertThat(t.text()).isEqualTo(text);
        assertThat(t.corrections()).isEmpty();
    }
}
