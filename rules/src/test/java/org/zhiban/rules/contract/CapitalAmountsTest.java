package org.zhiban.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 金额大写 — reading and writing. */
class CapitalAmountsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "壹佰贰拾万元整, 1200000.00",
            "壹拾万零贰佰元整, 100200.00",
            "拾元整, 10.00",
            "壹仟零壹元整, 1001.00",
            "贰佰零叁万零肆拾元整, 2030040.00",
            "壹亿零伍佰万元整, 105000000.00",
            "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元整, 123456789.00",
            "壹万亿元整, 1000000000000.00",
            "叁拾亿零壹元整, 3000000001.00",
            "叁仟元零伍分, 3000.05",
            "叁仟元零角伍分, 3000.05",
            "玖拾玖元玖角玖分, 99.99",
            "壹佰元伍角整, 100.50",
            "伍角整, 0.50",
            "伍角陆分, 0.56",
            "零元整, 0.00",
            "壹佰元正, 100.00",
            "陆仟圆整, 6000.00"})
    void reads_amounts_in_capitals(String capitals, BigDecimal value) {
        assertThat(CapitalAmounts.parse(capitals)).isEqualByComparingTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"壹佰贰拾", "贰佰块", "一百二十万元整", "¥1,200,000.00", ""})
    void refuses_what_is_not_an_amount_in_capitals(String text) {
        assertThat(CapitalAmounts.parse(text)).isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "1200000, 壹佰贰拾万元整",
            "100200, 壹拾万零贰佰元整",
            "12345.6, 壹万贰仟叁佰肆拾伍元陆角整",
            "0.05, 伍分",
            "3000.05, 叁仟元零伍分",
            "105000000, 壹亿零伍佰万元整",
            "1001, 壹仟零壹元整",
            "0, 零元整"})
    void writes_amounts_in_capitals(BigDecimal value, String capitals) {
        assertThat(CapitalAmounts.format(value)).isEqualTo(capitals);
    }

    @Test
    void reading_what_it_writes_gives_the_amount_back() {
        long[] values = {1, 9, 10, 11, 20, 101, 110, 1000, 1010, 10001, 100000, 100100, 1_000_001, 10_000_000,
                10_010_000, 100_000_000, 100_000_001, 120_034_500, 999_999_999, 1_000_000_000_000L};
        for (long yuan : values) {
            for (String cents : new String[] {"", ".05", ".50", ".99"}) {
                BigDecimal amount = new BigDecimal(yuan + cents);
                assertThat(CapitalAmounts.parse(CapitalAmounts.format(amount))).as(amount.toPlainString())
                        .isEqualByComparingTo(amount);
            }
        }
    }

    @Test
    void zheng_follows_yuan_or_jiao_and_never_fen() {
        assertThat(CapitalAmounts.zhengWellPlaced("壹佰元整")).isTrue();
        assertThat(CapitalAmounts.zhengWellPlaced("壹佰元伍角整")).isTrue();
        assertThat(CapitalAmounts.zhengWellPlaced("壹佰元伍角陆分")).isTrue();
        assertThat(CapitalAmounts.zhengWellPlaced("壹佰元")).isFalse();
        assertThat(CapitalAmounts.zhengWellPlaced("壹佰元伍角陆分整")).isFalse();
    }
}
