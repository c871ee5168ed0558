package org.zhiban.ledger.checkpoint;

import java.time.Duration;

/**
 * 检查点策略: a checkpoint is due once {@code everyRecords} new records were logged, or {@code everyInterval} passed
 * since the last one while new records are waiting.
 */
public record CheckpointPolicy(long everyRecords, Duration everyInterval) {

    /** The default app profile: at most 10 s between a record and its checkpoint. */
    public static final CheckpointPolicy DEFAULT = new CheckpointPolicy(1000, Duration.ofSeconds(10));

    public CheckpointPolicy {
        if (everyRecords < 1 || everyInterval.isNegative()) {
            throw new IllegalArgumentException("a checkpoint policy needs at least one record and a non-negative interval");
        }
    }
}
