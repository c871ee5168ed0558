package org.zhiban.audit;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhiban.ledger.anchor.AnchorConflictException;
import org.zhiban.ledger.anchor.AnchorPump;
import org.zhiban.ledger.checkpoint.Checkpointer;

/**
 * The ledger's heartbeat: signs a checkpoint when one is due (the default profile: at most every 10 s), anchors
 * checkpoints in order (a failing anchor leaves them queued for the next beat), and redelivers review events
 * whose append failed.
 */
@Component
class LedgerSchedule {

    private static final Logger log = LoggerFactory.getLogger(LedgerSchedule.class);
    private static final Duration REDELIVER_AFTER = Duration.ofSeconds(30);

    private final Checkpointer checkpointer;
    private final AnchorPump anchorPump;
    private final IncompleteEventPublications incomplete;
    private final LedgerAlarm alarm;
    private final org.zhiban.shared.AdminOperations adminLog;
    /** Whether the last beat failed: an outage is recorded when it begins and when it ends, not on every beat. */
    private volatile boolean failing;

    LedgerSchedule(Checkpointer checkpointer, AnchorPump anchorPump, IncompleteEventPublications incomplete,
                   LedgerAlarm alarm, org.zhiban.shared.AdminOperations adminLog) {
        this.checkpointer = checkpointer;
        this.anchorPump = anchorPump;
        this.incomplete = incomplete;
        this.alarm = alarm;
        this.adminLog = adminLog;
    }

    @Scheduled(fixedDelayString = "${zhiban.ledger.tick:1s}", initialDelayString = "${zhiban.ledger.tick:1s}")
    void beat() {
        try {
            checkpointer.checkpointIfDue();
            anchorPump.pump();
            if (failing) {
                failing = false;
                adminLog.bySystem("ledger.anchorRecovered", "anchor", "账本签名与锚定恢复正常");
            }
        } catch (AnchorConflictException e) {
            log.error("审核账本与锚定不一致，账本可能被改写 / the anchor holds a different root: {}", e.getMessage());
            alarm.raise(e.getMessage());
            adminLog.bySystem("ledger.anchorConflict", "anchor", "锚定与账本不一致：" + e.getMessage());
        } catch (RuntimeException e) {
            // Visible, and retried on the next beat; the checkpoints wait in their table meanwhile.
            log.warn("ledger checkpoint/anchor step failed, will retry: {}", e.toString());
            if (!failing) {
                failing = true;
                recordOutage(e);
            }
        }
    }

    private void recordOutage(RuntimeException e) {
        try {
            adminLog.bySystem("ledger.anchorOutage", "anchor", "账本签名或锚定失败，将自动重试：" + e.getClass().getSimpleName());
        } catch (RuntimeException unavailable) {
            // the database itself may be what failed; the log line above stands, the next beat tries again
            failing = false;
        }
    }

    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
    void redeliver() {
        incomplete.resubmitIncompletePublicationsOlderThan(REDELIVER_AFTER);
    }
}
