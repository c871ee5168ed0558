package org.zhiban.ledger.checkpoint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.zhiban.ledger.anchor.AnchorReceipt;

/**
 * 检查点存储: the append-only table of signed checkpoints, which doubles as the anchoring queue, and the receipts
 * of where each checkpoint was anchored.
 */
public interface CheckpointStore {

    /** Stores a new checkpoint; storing the same tree size again is refused by the store. */
    void add(SignedCheckpoint checkpoint);

    Optional<SignedCheckpoint> latest();

    Optional<SignedCheckpoint> atSize(long treeSize);

    /** All checkpoints by tree size, for the auditor. */
    List<SignedCheckpoint> all();

    /** The oldest checkpoints (by tree size) that have no receipt from this anchor type yet. */
    List<SignedCheckpoint> notAnchored(String anchorType, int limit);

    /** Records that the checkpoint of {@code treeSize} was anchored; once per anchor type. */
    void addReceipt(long treeSize, AnchorReceipt receipt, Instant anchoredAt);

    /** The receipts of a checkpoint, oldest first. */
    List<AnchorReceipt> receipts(long treeSize);
}
