package org.zhiban.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 统一社会信用代码 — the GB 32100-2015 check character. */
class CreditCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "11340100MB1234567J", "91340100MA2T12345T", "113401000030123453",
            "123201004660123454", "91320115MA1XH7U9KL", "52340100MJB123456C"})
    void accepts_codes_with_the_right_check_character(String code) {
        assertThat(CreditCodes.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "11340100MB1234567K", "9135010 0M000100Y4", "91350100M000100Y4",
            "91350100M000100Y433", "91350100M0001O0Y43", "91350100m000100y43", "91350100M000100Y4I"})
    void refuses_a_wrong_check_character_length_or_alphabet(String code) {
        assertThat(CreditCodes.isValid(code)).isFalse();
    }

    @Test
    void computes_the_check_character_from_the_first_seventeen() {
        assertThat(CreditCodes.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(CreditCodes.checkCharacter("11340100MB1234567")).isEqualTo('J');
        assertThat(CreditCodes.checkCharacter("11340100003012345")).isEqualTo('3');
        assertThat(CreditCodes.checkCharacter("9135010OM000100Y4")).isNull();
        assertThat(CreditCodes.isValid(null)).isFalse();
    }
}
