package org.zhiban.ledger.checkpoint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.zhiban.ledger.log.ReviewLog;
import org.zhiban.ledger.log.TreeHead;

/**
 * 检查点生成器: signs the log's tree head when the {@link CheckpointPolicy} says so. The app calls
 * {@link #checkpointIfDue()} from a scheduler (every second is cheap: a due check reads only the in-memory head).
 */
public final class Checkpointer {

    private final ReviewLog log;
    private final CheckpointStore store;
    private final CheckpointSigner signer;
    private final Clock clock;
    private final CheckpointPolicy policy;

    public Checkpointer(ReviewLog log, CheckpointStore store, CheckpointSigner signer, Clock clock, CheckpointPolicy policy) {
        this.log = log;
        this.store = store;
        this.signer = signer;
        this.clock = clock;
        this.policy = policy;
    }

    /** Makes and stores a checkpoint if one is due; empty otherwise. */
    public synchronized Optional<SignedCheckpoint> checkpointIfDue() {
        TreeHead head = log.head();
        Optional<SignedCheckpoint> last = store.latest();
        if (!isDue(head, last)) {
            return Optional.empty();
        }
        return Optional.of(store(head));
    }

    /** Checkpoints the current head now, unless the latest checkpoint already covers it (then returns that one). */
    public synchronized Optional<SignedCheckpoint> checkpointNow() {
        TreeHead head = log.head();
        Optional<SignedCheckpoint> last = store.latest();
        if (head.treeSize() == 0 || last.filter(c -> c.treeSize() >= head.treeSize()).isPresent()) {
            return last;
        }
        return Optional.of(store(head));
    }

    private boolean isDue(TreeHead head, Optional<SignedCheckpoint> last) {
        long covered = last.map(SignedCheckpoint::treeSize).orElse(0L);
        if (head.treeSize() <= covered) {
            return false;
        }
        if (last.isEmpty() || head.treeSize() - covered >= policy.everyRecords()) {
            return true;
        }
        Duration since = Duration.between(last.get().createdAt(), clock.instant());
        return since.compareTo(policy.everyInterval()) >= 0;
    }

    private SignedCheckpoint store(TreeHead head) {
        // Millisecond precision survives every database's timestamp column unchanged.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        SignedCheckpoint checkpoint = signer.sign(log.identity(), head, now);
        store.add(checkpoint);
        return checkpoint;
    }
}
