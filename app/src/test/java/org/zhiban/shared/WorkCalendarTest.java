package org.zhiban.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.zhiban.shared.calendar.WorkCalendar;

/** Working days in 2026 as the State Council set them (holiday-cn data). */
class WorkCalendarTest {

    final WorkCalendar calendar = new WorkCalendar();

    @Test
    void national_day_is_off_and_its_makeup_saturday_is_a_working_day() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 7))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("调休 Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).as("调休 Sunday").isTrue();
    }

    @Test
    void ordinary_weekends_are_off_and_weekdays_on() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 21))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 24))).isTrue();
    }

    @Test
    void three_working_days_skip_the_national_day_week() {
        // Wed 30 Sep → 1–7 Oct off → Thu 8, Fri 9, Sat 10 (调休)
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 11, 20), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void a_year_without_data_counts_monday_to_friday() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 10, 1))).as("a Friday, 2027 not yet published").isTrue();
        assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
