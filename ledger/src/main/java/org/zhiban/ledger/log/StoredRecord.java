package org.zhiban.ledger.log;

import java.time.Instant;

/**
 * A row of the review log as the store keeps it. {@code entry} is authoritative: the other columns are copies
 * for lookup and are checked against it by the auditor.
 */
public record StoredRecord(long leafIndex, String recordId, String caseId, String entry, Instant recordedAt) {
}
