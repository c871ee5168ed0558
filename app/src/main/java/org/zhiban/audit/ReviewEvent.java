package org.zhiban.audit;

import java.time.Instant;

/**
 * 审核事件: something that must become a review record on the ledger — a human decision on a task, an AI
 * suggestion, an archived document. Published inside the transaction that made it; the Spring Modulith event
 * publication registry keeps it until the ledger has it (the outbox), so none is lost if the app stops.
 *
 * @param recordId     UUID chosen when the event is made, so a redelivered event appends nothing twice
 * @param action       ledger action name: submit, approve, return, countersign, comment, accept-ai, edit-ai,
 *                     reject-ai, override-rule, report, archive
 * @param role         the role the user acted in, taken when the decision was made (not when it is logged)
 * @param department   the user's department at that moment, or the case's for system steps
 * @param documentHash lowercase hex SHA-256 of an attached stored object, or null
 */
public record ReviewEvent(String recordId, String caseId, String processInstanceId, String activityId, String activityName,
                          String action, String userId, String role, String department, String opinion,
                          String documentHash, Instant occurredAt) {

    public static String newRecordId() {
        return java.util.UUID.randomUUID().toString();
    }
}

