package org.zhiban.cases;

import java.time.Instant;

/** A case's 数据分级 was changed by a person: recorded on the ledger like a decision. */
public record ClassificationChanged(String recordId, String caseId, String processInstanceId, String userId,
                                    String department, String from, String to, Instant changedAt) {
}
