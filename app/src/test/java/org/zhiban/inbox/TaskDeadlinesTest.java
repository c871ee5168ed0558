package org.zhiban.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhiban.shared.calendar.WorkCalendar;

/** 办理时限 counted in working days, across the National Day holiday and its makeup Saturday. */
class TaskDeadlinesTest {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    final Clock lastDayBeforeNationalDay =
            Clock.fixed(ZonedDateTime.of(2026, 9, 30, 10, 0, 0, 0, BEIJING).toInstant(), BEIJING);
    final TaskDeadlines deadlines = new TaskDeadlines(new WorkCalendar(), lastDayBeforeNationalDay,
            new TaskDeadlines.DeadlineProperties(5, LocalTime.of(18, 0), Map.of("review", 2, "draft", 3)));

    @Test
    void a_review_due_in_two_working_days_falls_after_the_holiday() {
        assertThat(deadlines.dueFor("review").toInstant()).isEqualTo(at(2026, 10, 9));
    }

    @Test
    void the_makeup_saturday_counts_as_a_working_day() {
        assertThat(deadlines.dueFor("draft").toInstant()).isEqualTo(at(2026, 10, 10));
    }

    @Test
    void a_task_without_its_own_limit_gets_the_default() {
        // 8, 9, 10 (调休), 12, 13 October
        assertThat(deadlines.dueFor("countersign").toInstant()).isEqualTo(at(2026, 10, 13));
    }

    private static Instant at(int year, int month, int day) {
        return ZonedDateTime.of(year, month, day, 18, 0, 0, 0, BEIJING).toInstant();
    }
}
