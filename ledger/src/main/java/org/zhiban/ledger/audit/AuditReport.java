package org.zhiban.ledger.audit;

import java.util.List;

/** 审计报告: the outcome of a whole-log audit. */
public record AuditReport(long recordsChecked, int checkpointsChecked, List<AuditFinding> findings) {

    public boolean intact() {
        return findings.isEmpty();
    }
}
