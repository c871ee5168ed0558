package org.zhiban.ledger.chaincode;

import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * 检查点键: where checkpoints live in the world state. Every checkpoint gets its own composite key, so concurrent
 * anchors of different sizes never read or write the same key (no hot key, no needless MVCC conflicts).
 */
final class CheckpointKeys {

    /** (origin, treeSize) → the checkpoint JSON. */
    static final String BY_SIZE = "checkpoint";
    /** (origin, rootHash) → the tree size, as decimal text. */
    static final String BY_ROOT = "checkpointRoot";

    private CheckpointKeys() {
    }

    static String bySize(ChaincodeStub stub, String origin, long treeSize) {
        // Zero-padded so that a range scan over one origin's keys returns the checkpoints in size order.
        return stub.createCompositeKey(BY_SIZE, origin, String.format("%020d", treeSize)).toString();
    }

    static String byRoot(ChaincodeStub stub, String origin, String rootHash) {
        return stub.createCompositeKey(BY_ROOT, origin, rootHash).toString();
    }
}
