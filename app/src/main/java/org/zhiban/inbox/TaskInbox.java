package org.zhiban.inbox;

import java.util.List;
import org.springframework.stereotype.Service;
import org.zhiban.cases.CaseTask;
import org.zhiban.cases.CaseTasks;
import org.zhiban.cases.TaskFilter;
import org.zhiban.identity.ZhibanUser;

/**
 * 待办箱: the caller's open tasks (assigned to them, or claimable through their role groups, routed to their
 * department) and the tasks they completed. Department isolation is part of every query, never a filter on the
 * results.
 */
@Service
public class TaskInbox {

    private final CaseTasks caseTasks;

    public TaskInbox(CaseTasks caseTasks) {
        this.caseTasks = caseTasks;
    }

    public List<TaskSummary> open(ZhibanUser user, TaskFilter filter, int offset, int limit) {
        return caseTasks.open(user, filter, offset, limit).stream().map(TaskInbox::summary).toList();
    }

    public long countOpen(ZhibanUser user, TaskFilter filter) {
        return caseTasks.countOpen(user, filter);
    }

    public List<TaskSummary> done(ZhibanUser user, TaskFilter filter, int offset, int limit) {
        return caseTasks.done(user, filter, offset, limit).stream().map(TaskInbox::summary).toList();
    }

    public long countDone(ZhibanUser user, TaskFilter filter) {
        return caseTasks.countDone(user, filter);
    }

    private static TaskSummary summary(CaseTask t) {
        return new TaskSummary(t.taskId(), t.name(), t.caseId(), t.caseTitle(), t.caseType(), t.processKey(),
                t.activityId(), t.department(), t.created(), t.due(), t.assignee(), t.completed());
    }
}
