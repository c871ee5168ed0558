package org.zhiban.ledger.record;

import java.util.Objects;
import java.util.UUID;

/**
 * 审核记录: one human review decision or reaction to an AI suggestion, as the app hands it to the log.
 * The server time and the sequence number are added by the log when it is appended.
 *
 * @param recordId          unique id (UUID string); a null id is replaced by a random one. Appending the same
 *                          record again with the same id is harmless, which makes retried deliveries safe.
 * @param reviewer          who
 * @param caseId            the case (案件/办件) the decision belongs to
 * @param processInstanceId the Camunda process instance; may be null
 * @param activity          the BPMN activity id or name; may be null
 * @param action            what was done
 * @param document          the hash of the attached document; may be null
 * @param opinion           the opinion text (审核意见); may be null
 */
public record ReviewRecord(String recordId, Reviewer reviewer, String caseId, String processInstanceId,
                           String activity, ReviewAction action, DocumentHash document, String opinion) {

    public ReviewRecord {
        recordId = recordId == null ? UUID.randomUUID().toString() : UUID.fromString(recordId).toString();
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(action, "action");
        if (caseId.isBlank()) {
            throw new IllegalArgumentException("caseId is blank");
        }
    }
}
