package org.zhiban.ledger.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.zhiban.ledger.record.DocumentHash;
import org.zhiban.ledger.record.ReviewAction;
import org.zhiban.ledger.record.Reviewer;
import org.zhiban.ledger.record.ReviewRecord;

/** Review records for tests. */
public final class Records {

    public static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2025-03-01T08:30:00Z"), ZoneOffset.UTC);

    private Records() {
    }

    public static ReviewRecord approval(String caseId, String opinion) {
        return new ReviewRecord(UUID.randomUUID().toString(), new Reviewer("li.ming", "领导", "办公厅"), caseId,
                "pi-" + caseId, "leaderApproval", ReviewAction.APPROVE,
                new DocumentHash("SHA-256", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"), opinion);
    }

    public static ReviewRecord comment(String caseId, int n) {
        return new ReviewRecord(null, new Reviewer("wang.fang", "承办人", "市场监管局"), caseId, null, "draft",
                ReviewAction.COMMENT, null, "意见 " + n);
    }
}
