package org.zhiban.audit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhiban.identity.Directory;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
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
    private final Directory directory;

    LedgerRecorder(ReviewLog reviewLog, Directory directory) {
        this.reviewLog = reviewLog;
        this.directory = directory;
    }

    @ApplicationModuleListener
    void on(ReviewEvent event) {
        reviewLog.append(toRecord(event));
    }

    ReviewRecord toRecord(ReviewEvent e) {
        return new ReviewRecord(e.recordId(), reviewer(e.userId()), e.caseId(), e.processInstanceId(),
                e.activityId(), ReviewAction.fromEntryName(e.action()),
                e.documentHash() == null ? null : new DocumentHash("SHA-256", e.documentHash()), e.opinion());
    }

    private Reviewer reviewer(String userId) {
        if (userId == null || SYSTEM_USER.equals(userId)) {
            return new Reviewer(SYSTEM_USER, "系统", null);
        }
        ZhibanUser user = directory.find(userId).orElse(null);
        if (user == null) {
            return new Reviewer(userId, null, null);
        }
        String role = user.roles().stream().sorted().findFirst().map(Role::groupId).orElse(null);
        return new Reviewer(user.id(), role, user.departmentId());
    }
}
