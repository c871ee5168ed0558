package org.zhiban.ledger.anchor;

/** A different root is already anchored for the same (origin, treeSize): the log was rewritten. */
public class AnchorConflictException extends RuntimeException {
    public AnchorConflictException(String message) {
        super(message);
    }
}
