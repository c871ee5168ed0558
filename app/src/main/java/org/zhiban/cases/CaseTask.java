package org.zhiban.cases;

import java.time.Instant;
import java.util.Set;

/**
 * 案件环节: one user task of a case as routed — to a department, through candidate groups or to one person.
 *
 * @param state {@code open}, {@code done} or {@code cancelled}
 */
public record CaseTask(String taskId, String caseId, String caseTitle, String caseType, String processInstanceId,
                       String processKey, String activityId, String name, String department,
                       Set<String> candidateGroups, String assignee, Instant created, Instant due, String state,
                       Instant completed, String completedBy) {

    public CaseTask {
        candidateGroups = Set.copyOf(candidateGroups);
    }
}
