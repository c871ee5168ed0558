package org.zhiban.ledger.proof;

/**
 * The record is logged but no signed checkpoint covers it yet. Not an error: the app answers 409 and asks the
 * client to retry after the next checkpoint (within the checkpoint interval).
 */
public class NotYetCheckpointedException extends RuntimeException {

    private final long leafIndex;
    private final long latestCheckpointSize;

    public NotYetCheckpointedException(String recordId, long leafIndex, long latestCheckpointSize) {
        super("record " + recordId + " (leaf " + leafIndex + ") is not covered by a signed checkpoint yet; the latest covers "
                + latestCheckpointSize + " records");
        this.leafIndex = leafIndex;
        this.latestCheckpointSize = latestCheckpointSize;
    }

    public long leafIndex() {
        return leafIndex;
    }

    public long latestCheckpointSize() {
        return latestCheckpointSize;
    }
}
