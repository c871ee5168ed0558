package org.zhiban.inbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.zhiban.platform.GlobalTaskListener;
import org.zhiban.shared.calendar.WorkCalendar;

/**
 * 办理时限: every user task gets a due date counted in working days (holidays and 调休 from {@link WorkCalendar}),
 * per task from {@code zhiban.deadlines.tasks.<bpmn id>}, else {@code zhiban.deadlines.default}; due at the end of
 * the office day. A due date the model sets itself is kept. Attached to every user task by the platform.
 */
@Component
@org.springframework.core.annotation.Order(0)
@EnableConfigurationProperties(TaskDeadlines.DeadlineProperties.class)
class TaskDeadlines implements GlobalTaskListener {

    @ConfigurationProperties("zhiban.deadlines")
    record DeadlineProperties(int defaultWorkingDays, LocalTime endOfDay, Map<String, Integer> tasks) {

        DeadlineProperties {
            defaultWorkingDays = defaultWorkingDays < 1 ? 5 : defaultWorkingDays;
            endOfDay = endOfDay == null ? LocalTime.of(18, 0) : endOfDay;
            tasks = tasks == null ? Map.of() : Map.copyOf(tasks);
        }
    }

    private final WorkCalendar calendar;
    private final Clock clock;
    private final DeadlineProperties deadlines;

    TaskDeadlines(WorkCalendar calendar, Clock clock, DeadlineProperties deadlines) {
        this.calendar = calendar;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    @Override
    public Set<String> eventNames() {
        return Set.of(TaskListener.EVENTNAME_CREATE);
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getDueDate() == null) {
            task.setDueDate(dueFor(task.getTaskDefinitionKey()));
        }
    }

    Date dueFor(String taskKey) {
        int days = deadlines.tasks().getOrDefault(taskKey, deadlines.defaultWorkingDays());
        LocalDate due = calendar.plusWorkingDays(LocalDate.now(clock), days);
        return Date.from(due.atTime(deadlines.endOfDay()).atZone(clock.getZone()).toInstant());
    }
}
