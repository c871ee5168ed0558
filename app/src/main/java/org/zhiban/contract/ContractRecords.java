package org.zhiban.contract;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.zhiban.audit.ReviewEvent;
import org.zhiban.cases.CaseFile;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.ledger.record.ReviewAction;

/** The review records of 合同审查 beyond the task decisions: the automatic review, each finding's decision, the report. */
@Component
class ContractRecords {

    static final String SYSTEM_USER = "system";
    private static final String SYSTEM_ROLE = "系统";

    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContractRecords(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** @param processInstanceId the step's own: at the first review the case does not know its instance yet */
    void system(CaseFile file, String processInstanceId, String activityId, String activityName, ReviewAction action,
                String opinion, String documentHash) {
        events.publishEvent(new ReviewEvent(ReviewEvent.newRecordId(), file.caseId(), processInstanceId,
                activityId, activityName, action.entryName(), SYSTEM_USER, SYSTEM_ROLE, file.department(),
                ContractStore.truncate(opinion, 2000), documentHash, clock.instant()));
    }

    void person(CaseFile file, ZhibanUser user, String role, String activityId, String activityName,
                ReviewAction action, String opinion) {
        events.publishEvent(new ReviewEvent(ReviewEvent.newRecordId(), file.caseId(), file.processInstanceId(),
                activityId, activityName, action.entryName(), user.id(), role, user.departmentId(),
                ContractStore.truncate(opinion, 2000), null, clock.instant()));
    }
}
