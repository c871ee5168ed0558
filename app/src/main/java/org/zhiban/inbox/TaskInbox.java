package org.zhiban.inbox;

import java.util.List;
import org.springframework.stereotype.Service;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.CaseTask;
import org.zhiban.cases.CaseTasks;
import org.zhiban.cases.SeparationOfDuties;
import org.zhiban.cases.TaskFilter;
import org.zhiban.identity.ZhibanUser;

/**
 * 待办箱: the caller's open tasks (assigned to them, or claimable through their role groups, routed to their
 * department) and the tasks they completed. Department isolation and 职责分离 are part of every query, never a
 * filter on the results.
 */
@Service
public class TaskInbox {

    private final CaseTasks caseTasks;
    private final CaseFiles caseFiles;
    private final SeparationOfDuties separation;

    public TaskInbox(CaseTasks caseTasks, CaseFiles caseFiles, SeparationOfDuties separation) {
        this.caseTasks = caseTasks;
        this.caseFiles = caseFiles;
        this.separation = separation;
    }

    public List<TaskSummary> open(ZhibanUser user, TaskFilter filter, int offset, int limit) {
        return caseTasks.open(user, filter, offset, limit).stream().map(t -> summary(t, completable(user, t))).toList();
    }

    public long countOpen(ZhibanUser user, TaskFilter filter) {
        return caseTasks.countOpen(user, filter);
    }

    public List<TaskSummary> done(ZhibanUser user, TaskFilter filter, int offset, int limit) {
        return caseTasks.done(user, filter, offset, limit).stream().map(t -> summary(t, false)).toList();
    }

    public long countDone(ZhibanUser user, TaskFilter filter) {
        return caseTasks.countDone(user, filter);
    }

    /**
     * The query already left out the claimable tasks 职责分离 keeps from the user; one assigned to them (by the
     * process, or claimed before they decided another step) stays listed, as not completable, so it is not lost.
     */
    private boolean completable(ZhibanUser user, CaseTask t) {
        return t.assignee() == null || !separation.applies(t.caseType(), t.activityId())
                || caseFiles.find(t.caseId()).map(file -> !separation.bars(user, file, t.activityId())).orElse(true);
    }

    private static TaskSummary summary(CaseTask t, boolean completable) {
        return new TaskSummary(t.taskId(), t.name(), t.caseId(), t.caseTitle(), t.caseType(), t.processKey(),
                t.activityId(), t.department(), t.created(), t.due(), t.assignee(), t.completed(), completable);
    }
}
