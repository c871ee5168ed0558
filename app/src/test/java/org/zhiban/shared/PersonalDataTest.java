package org.zhiban.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void id_numbers_keep_the_area_code_and_the_last_four() {
        assertThat(PersonalData.maskIdNumber("110101199003074514")).isEqualTo("110101********4514");
        assertThat(PersonalData.maskIdNumber("11010119900307451X")).isEqualTo("110101********451X");
        assertThat(PersonalData.maskIdNumber("110101900307451")).isEqualTo("110101*****7451");
        assertThat(PersonalData.maskIdNumber("A123")).isEqualTo("****");
        assertThat(PersonalData.maskIdNumber(null)).isNull();
    }

    @Test
    void phones_and_names() {
        assertThat(PersonalData.maskPhone("13800001111")).isEqualTo("138****1111");
        assertThat(PersonalData.maskPhone("0551-62345678")).isEqualTo("*********5678");
        assertThat(PersonalData.maskName("张三")).isEqualTo("张*");
        assertThat(PersonalData.maskName("欧阳娜娜")).isEqualTo("欧阳**");
    }
}
