package org.zhiban.integrations.lawtext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StatuteNameResolverTest {

    private static StatuteNameResolver resolver;

    @BeforeAll
    static void build() {
        resolver = StatuteNameResolver.shipped();
    }

    @ParameterizedTest
    @CsvSource({
            "《中华人民共和国消费者权益保护法》, 消费者权益保护法",
            "消费者权益保护法, 消费者权益保护法",
            "消法, 消费者权益保护法",
            "《消保法》, 消费者权益保护法",
            "食安法, 食品安全法",
            "中华人民共和国食品安全法实施条例, 食品安全法实施条例",
            "《中华人民共和国行政复议法》（2017年修正）, 行政复议法",
            "民诉法, 民事诉讼法",
            "《最高人民法院关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释》, 民法典合同编通则解释",
            "保障中小企业款项支付条例, 保障中小企业款项支付条例",
            "个保法, 个人信息保护法"})
    void maps_names_as_written_to_the_statute_key(String written, String key) {
        assertThat(resolver.resolve(written)).contains(key);
    }

    @Test
    void unknown_names_and_excluded_files_do_not_resolve() {
        assertThat(resolver.resolve("《中华人民共和国刑法》")).isEmpty();
        assertThat(resolver.resolve("北京市人口与计划生育条例")).isEmpty();
        assertThat(resolver.resolve("")).isEmpty();
    }

    @Test
    void finds_the_longest_name_ending_at_a_position() {
        String text = "违反中华人民共和国政府采购法实施条例第二十五条";
        int end = text.indexOf("第二十五条");

        assertThat(resolver.nameEndingAt(text, end)).contains("中华人民共和国政府采购法实施条例");
    }
}
