package org.zhiban.audit;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.zhiban.cases.CaseFile;
import org.zhiban.ledger.record.ReviewAction;

/**
 * What a feature's automated step, or a person's act outside a task completion, leaves on the ledger: a
 * {@link ReviewEvent} published in the caller's transaction, appended after commit by the outbox.
 */
@Component
public class ReviewRecords {

    public static final String SYSTEM_USER = "system";
    public static final String SYSTEM_ROLE = "系统";
    private static final int MAX_OPINION = 2000;

    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewRecords(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * A system step's record, in the case's department.
     *
     * @param processInstanceId the step's own (a case's first step runs before the case knows its instance)
     */
    public void system(CaseFile file, String processInstanceId, String activityId, String activityName,
                       ReviewAction action, String opinion, String documentHash) {
        act(file, processInstanceId, activityId, activityName, action, SYSTEM_USER, SYSTEM_ROLE, file.department(),
                opinion, documentHash);
    }

    /** A person's act, in the role and department they acted in. */
    public void act(CaseFile file, String processInstanceId, String activityId, String activityName,
                    ReviewAction action, String userId, String role, String department, String opinion,
                    String documentHash) {
        String text = opinion == null || opinion.length() <= MAX_OPINION ? opinion
                : opinion.substring(0, MAX_OPINION - 1) + "…";
        events.publishEvent(new ReviewEvent(ReviewEvent.newRecordId(), file.caseId(), processInstanceId, activityId,
                activityName, action.entryName(), userId, role, department, text, documentHash, clock.instant()));
    }
}
