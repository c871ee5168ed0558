package org.zhiban.ledger.anchor;

import java.util.Optional;
import org.zhiban.ledger.checkpoint.SignedCheckpoint;

/**
 * 锚定端口: somewhere outside the log's own database where each signed checkpoint is written once,
 * so that rewriting the log later cannot go unnoticed.
 * Implementations: {@code LocalAnchor} (the embedded default) and {@code FabricAnchor} (Hyperledger Fabric).
 */
public interface Anchor {

    /** {@code local} or {@code fabric}; stored beside each receipt. */
    String type();

    /**
     * Writes the checkpoint. Writing the same (origin, treeSize) again with the same root returns the
     * existing receipt (so a retried outbox delivery is harmless); a different root is refused.
     *
     * @throws AnchorUnavailableException when the anchor cannot be reached now; the caller retries later
     * @throws AnchorConflictException    when a different root is already anchored for (origin, treeSize)
     */
    AnchorReceipt anchor(SignedCheckpoint checkpoint);

    /** The anchored checkpoint for (origin, treeSize), if any. */
    Optional<AnchoredCheckpoint> findBySize(String origin, long treeSize);

    /** The anchored checkpoint with this root hash, if any. */
    Optional<AnchoredCheckpoint> findByRoot(String origin, String rootHash);

    record AnchoredCheckpoint(SignedCheckpoint checkpoint, AnchorReceipt receipt) {}
}
