package org.zhiban.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseMoneyTest {

    @ParameterizedTest
    @CsvSource({
            "0, 零元整",
            "0.05, 伍分",
            "0.5, 伍角整",
            "10, 壹拾元整",
            "105, 壹佰零伍元整",
            "1001, 壹仟零壹元整",
            "1010.1, 壹仟零壹拾元壹角整",
            "12345.60, 壹万贰仟叁佰肆拾伍元陆角整",
            "100200, 壹拾万零贰佰元整",
            "1000000, 壹佰万元整",
            "10000001, 壹仟万零壹元整",
            "100000001, 壹亿零壹元整",
            "3.07, 叁元零柒分",
            "1234567890.12, 壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分"})
    void writes_amounts_as_vouchers_do(String amount, String upper) {
        assertThat(ChineseMoney.upper(new BigDecimal(amount))).isEqualTo(upper);
    }
}
