package org.zhiban.audit;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import org.zhiban.ledger.anchor.Anchor;
import org.zhiban.ledger.checkpoint.JdbcCheckpointStore;
import org.zhiban.ledger.checkpoint.SignedCheckpoint;
import org.zhiban.ledger.log.ReviewLog;

/**
 * 账本状态 on {@code /actuator/health}: log size, the latest signed checkpoint and how many checkpoints wait for
 * their anchor. An anchor outage is a visible incident here (status {@code ANCHOR_BACKLOG}), not a silent queue;
 * the app keeps working and anchors the backlog in order when the anchor is back.
 */
@Component("ledgerHealthIndicator")
class LedgerHealth implements HealthIndicator {

    static final Duration BACKLOG_ALARM = Duration.ofMinutes(5);
    static final int PENDING_SAMPLE = 1000;

    private final ReviewLog reviewLog;
    private final JdbcCheckpointStore checkpoints;
    private final Anchor anchor;
    private final Clock clock;
    private final LedgerAlarm alarm;

    LedgerHealth(ReviewLog reviewLog, JdbcCheckpointStore checkpoints, Anchor anchor, Clock clock, LedgerAlarm alarm) {
        this.alarm = alarm;
        this.reviewLog = reviewLog;
        this.checkpoints = checkpoints;
        this.anchor = anchor;
        this.clock = clock;
    }

    @Override
    public Health health() {
        var pending = checkpoints.notAnchored(anchor.type(), PENDING_SAMPLE);
        var latest = checkpoints.latest();
        boolean stuck = !pending.isEmpty()
                && pending.get(0).createdAt().isBefore(clock.instant().minus(BACKLOG_ALARM));
        Health.Builder health = alarm.current().isPresent() ? Health.down().withDetail("alarm", alarm.current().get())
                : stuck ? Health.status("ANCHOR_BACKLOG") : Health.up();
        return health.withDetail("origin", reviewLog.identity().origin())
                .withDetail("records", reviewLog.head().treeSize())
                .withDetail("latestCheckpoint", latest.map(SignedCheckpoint::treeSize).orElse(0L))
                .withDetail("anchor", anchor.type())
                .withDetail("checkpointsAwaitingAnchor", pending.size())
                .build();
    }
}
