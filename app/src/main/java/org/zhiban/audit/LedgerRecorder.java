package org.zhiban.audit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhiban.ledger.log.ReviewLog;
import org.zhiban.ledger.record.DocumentHash;
import org.zhiban.ledger.record.ReviewAction;
import org.zhiban.ledger.record.ReviewRecord;
import org.zhiban.ledger.record.Reviewer;

/**
 * Appends each {@link ReviewEvent} to the review log once the transaction that made it has committed. The event
 * publication registry is the outbox: if the append fails or the app stops, the event stays incomplete and is
 * delivered again (on restart and by {@link LedgerSchedule}); the record id makes a repeat append harmless.
 */
@Component
class LedgerRecorder {

    static final String SYSTEM_USER = "system";

    private final ReviewLog reviewLog;

    LedgerRecorder(ReviewLog reviewLog) {
        this.reviewLog = reviewLog;
    }

    @ApplicationModuleListener
    void on(ReviewEvent event) {
        reviewLog.append(toRecord(event));
    }

    ReviewRecord toRecord(ReviewEvent e) {
        String user = e.userId() == null ? SYSTEM_USER : e.userId();
        return new ReviewRecord(e.recordId(), new Reviewer(user, e.role(), e.department()), e.caseId(),
                e.processInstanceId(), e.activityId(), ReviewAction.fromEntryName(e.action()),
                e.documentHash() == null ? null : new DocumentHash("SHA-256", e.documentHash()), e.opinion());
    }
}
