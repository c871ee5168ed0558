package org.zhiban.audit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhiban.cases.AttachmentAdded;
import org.zhiban.cases.TaskDecided;
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

    /** A person's decision on a task, as {@code TaskWork} published it when the task was completed. */
    @ApplicationModuleListener
    void on(TaskDecided decision) {
        reviewLog.append(toRecord(decision));
    }

    /** 材料存证: the uploaded file's hash, recorded when it arrives. */
    @ApplicationModuleListener
    void on(AttachmentAdded a) {
        reviewLog.append(new ReviewRecord(a.recordId(), new Reviewer(a.userId(), null, a.department()), a.caseId(),
                a.processInstanceId(), null, ReviewAction.ATTACH, new DocumentHash("SHA-256", a.sha256()),
                a.name() + " (v" + a.version() + ")"));
    }

    /** 数据分级调整: who changed where a case's text may go, from what to what. */
    @ApplicationModuleListener
    void on(org.zhiban.cases.ClassificationChanged c) {
        reviewLog.append(new ReviewRecord(c.recordId(), new Reviewer(c.userId(), null, c.department()), c.caseId(),
                c.processInstanceId(), null, ReviewAction.COMMENT, null, "数据分级：" + c.from() + " → " + c.to()));
    }

    ReviewRecord toRecord(TaskDecided d) {
        return new ReviewRecord(d.recordId(), new Reviewer(d.userId(), d.role(), d.department()), d.caseId(),
                d.processInstanceId(), d.activityId(), ReviewAction.fromEntryName(d.action()), null, d.opinion());
    }

    ReviewRecord toRecord(ReviewEvent e) {
        String user = e.userId() == null ? SYSTEM_USER : e.userId();
        return new ReviewRecord(e.recordId(), new Reviewer(user, e.role(), e.department()), e.caseId(),
                e.processInstanceId(), e.activityId(), ReviewAction.fromEntryName(e.action()),
                e.documentHash() == null ? null : new DocumentHash("SHA-256", e.documentHash()), e.opinion());
    }
}
