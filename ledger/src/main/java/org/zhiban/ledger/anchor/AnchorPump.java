package org.zhiban.ledger.anchor;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhiban.ledger.checkpoint.CheckpointStore;
import org.zhiban.ledger.checkpoint.SignedCheckpoint;

/**
 * 锚定泵: delivers checkpoints to an {@link Anchor} like an outbox. The checkpoint table is the queue: every
 * checkpoint without a receipt of this anchor's type is pending, and they go out oldest (smallest tree) first.
 * An unreachable anchor stops the run, keeping the order, and the next call resumes there. A crash between anchoring
 * and storing the receipt is harmless: the anchor returns the same receipt for the same root when retried.
 */
public final class AnchorPump {

    private static final Logger LOG = LoggerFactory.getLogger(AnchorPump.class);
    private static final int BATCH = 100;

    private final CheckpointStore checkpoints;
    private final Anchor anchor;
    private final Clock clock;

    public AnchorPump(CheckpointStore checkpoints, Anchor anchor, Clock clock) {
        this.checkpoints = checkpoints;
        this.anchor = anchor;
        this.clock = clock;
    }

    /**
     * Anchors all pending checkpoints it can.
     *
     * @return how many checkpoints were anchored in this call
     * @throws AnchorConflictException when the anchor holds a different root for a checkpoint's size: the log was
     *                                 rewritten, which must stop the pump and alert a person rather than be retried
     */
    public synchronized int pump() {
        int anchored = 0;
        while (true) {
            List<SignedCheckpoint> pending = checkpoints.notAnchored(anchor.type(), BATCH);
            if (pending.isEmpty()) {
                return anchored;
            }
            for (SignedCheckpoint checkpoint : pending) {
                AnchorReceipt receipt;
                try {
                    receipt = anchor.anchor(checkpoint);
                } catch (AnchorUnavailableException e) {
                    LOG.warn("{} anchor unavailable; checkpoint {} and later stay queued: {}", anchor.type(), checkpoint.treeSize(), e.getMessage());
                    return anchored;
                }
                checkpoints.addReceipt(checkpoint.treeSize(), receipt, clock.instant());
                anchored++;
            }
        }
    }
}
