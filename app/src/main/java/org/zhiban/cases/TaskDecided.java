package org.zhiban.cases;

import java.time.Instant;
import java.util.List;

/**
 * A person decided a task: published once, inside the completing transaction. 办理过程 records it in the same
 * transaction; the review log appends it after commit through the event publication registry (the outbox).
 *
 * @param recordId     UUID chosen now, so a redelivered event is logged once
 * @param role         role group id the task was routed to (its candidate group the user holds, or the step's
 *                     declared role for a task assigned directly), as of the decision
 * @param department   the department the task was routed to
 * @param action       the review action of the chosen outcome, e.g. {@code approve}
 * @param editedFields keys of the fields the decision changed
 * @param suggestion   what became of an AI suggestion shown on the task: {@code accepted}, {@code edited},
 *                     {@code rejected}, or null when there was none
 */
public record TaskDecided(String recordId, String caseId, String processInstanceId, String taskId, String activityId,
                          String activityName, String userId, String role, String department, String outcome,
                          String action, String opinion, List<String> editedFields, String suggestion,
                          Instant decidedAt) {

    public TaskDecided {
        editedFields = editedFields == null ? List.of() : List.copyOf(editedFields);
    }
}
