package org.zhiban.ledger.audit;

/** 单条记录核验: ✓ or ✗ for one record of a case, with the reason. */
public record RecordCheck(String recordId, long leafIndex, Status status, String reason) {

    public enum Status {
        /** ✓ proven included in a signed checkpoint */
        VERIFIED,
        /** ✗ tampered or unprovable */
        FAILED,
        /** … logged, but no checkpoint covers it yet */
        PENDING
    }
}
