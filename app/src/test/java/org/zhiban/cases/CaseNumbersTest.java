package org.zhiban.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import org.junit.jupiter.api.Test;

class CaseNumbersTest {

    @Test
    void a_case_number_is_prefix_year_and_six_digits() {
        assertThat(CaseNumbers.format("HT", Year.of(2026), 42)).isEqualTo("HT-2026-000042");
        assertThat(CaseNumbers.format("GD", Year.of(2027), 1_234_567)).isEqualTo("GD-2027-1234567");
    }

    @Test
    void a_serial_below_one_is_a_bug() {
        assertThatThrownBy(() -> CaseNumbers.format("GW", Year.of(2026), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
