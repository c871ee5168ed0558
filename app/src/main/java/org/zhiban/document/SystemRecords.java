package org.zhiban.document;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.zhiban.audit.ReviewEvent;
import org.zhiban.cases.CaseFile;
import org.zhiban.ledger.record.ReviewAction;

/** The review records the 发文 process's automated steps leave on the ledger, in the step's own transaction. */
@Component
class SystemRecords {

    static final String SYSTEM_USER = "system";
    private static final String SYSTEM_ROLE = "系统";

    private final ApplicationEventPublisher events;
    private final Clock clock;

    SystemRecords(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void record(CaseFile file, DelegateExecution step, ReviewAction action, String opinion, String documentHash) {
        recordFor(file, step, action, SYSTEM_USER, SYSTEM_ROLE, opinion, documentHash);
    }

    /** A record of a person's act that an automated step carries out (an override the drafter asked for). */
    void recordFor(CaseFile file, DelegateExecution step, ReviewAction action, String userId, String role,
                   String opinion, String documentHash) {
        events.publishEvent(new ReviewEvent(ReviewEvent.newRecordId(), file.caseId(), step.getProcessInstanceId(),
                step.getCurrentActivityId(), step.getCurrentActivityName(), action.entryName(), userId, role,
                file.department(), opinion, documentHash, clock.instant()));
    }
}
