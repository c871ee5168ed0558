package org.zhiban.ledger.log;

import java.time.Instant;
import org.zhiban.ledger.record.ReviewRecord;

/** 已入账的审核记录: a review record read back from the log, with the exact entry that was hashed. */
public record LoggedRecord(long leafIndex, Instant recordedAt, ReviewRecord record, String entry) {

    public String recordId() {
        return record.recordId();
    }
}
