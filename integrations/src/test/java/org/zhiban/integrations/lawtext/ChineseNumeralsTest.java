package org.zhiban.integrations.lawtext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({"一,1", "十,10", "十五,15", "二十,20", "五十五,55", "一百,100", "一百零五,105", "一百一十,110",
            "四百九十六,496", "一千二百六十,1260", "一千零一,1001", "两百,200", "55,55", "５５,55"})
    void reads_and_writes_article_numerals(String written, int value) {
        assertThat(ChineseNumerals.parse(written)).isEqualTo(value);
        if (!Character.isDigit(written.charAt(0)) && !written.startsWith("两")) {
            assertThat(ChineseNumerals.toChinese(value)).isEqualTo(written);
        }
    }

    @Test
    void every_number_up_to_two_thousand_survives_a_round_trip() {
        for (int n = 1; n <= 2000; n++) {
            assertThat(ChineseNumerals.parse(ChineseNumerals.toChinese(n))).isEqualTo(n);
        }
    }

    @Test
    void rejects_text_that_is_not_a_numeral() {
        assertThatThrownBy(() -> ChineseNumerals.parse("三人")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ArticleNumber.parse("第五十五条之一")).isEqualTo(new ArticleNumber(55, 1));
        assertThat(ArticleNumber.parse("第55条").label()).isEqualTo("第五十五条");
    }
}
