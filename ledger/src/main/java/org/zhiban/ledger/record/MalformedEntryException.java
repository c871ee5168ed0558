package org.zhiban.ledger.record;

/** A stored entry that cannot be read as a review entry: either a bug or an edit made outside the log. */
public class MalformedEntryException extends RuntimeException {
    public MalformedEntryException(String message) {
        super(message);
    }
}
