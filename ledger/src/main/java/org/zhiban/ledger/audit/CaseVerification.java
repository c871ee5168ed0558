package org.zhiban.ledger.audit;

import java.util.List;

/** 案件核验: every review record of a case, each checked against the latest signed checkpoint. */
public record CaseVerification(String caseId, List<RecordCheck> records) {

    public boolean allVerified() {
        return records.stream().allMatch(r -> r.status() == RecordCheck.Status.VERIFIED);
    }
}
