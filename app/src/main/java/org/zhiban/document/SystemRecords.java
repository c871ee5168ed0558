package org.zhiban.document;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.zhiban.audit.ReviewRecords;
import org.zhiban.cases.CaseFile;
import org.zhiban.ledger.record.ReviewAction;

/** The review records the 发文 process's automated steps leave on the ledger, in the step's own transaction. */
@Component
class SystemRecords {

    static final String SYSTEM_USER = ReviewRecords.SYSTEM_USER;

    private final ReviewRecords records;

    SystemRecords(ReviewRecords records) {
        this.records = records;
    }

    void record(CaseFile file, DelegateExecution step, ReviewAction action, String opinion, String documentHash) {
        records.system(file, step.getProcessInstanceId(), step.getCurrentActivityId(), step.getCurrentActivityName(),
                action, opinion, documentHash);
    }

    /** A record of a person's act that an automated step carries out (an override the drafter asked for). */
    void recordFor(CaseFile file, DelegateExecution step, ReviewAction action, String userId, String role,
                   String opinion, String documentHash) {
        records.act(file, step.getProcessInstanceId(), step.getCurrentActivityId(), step.getCurrentActivityName(),
                action, userId, role, file.department(), opinion, documentHash);
    }
}
