package org.zhiban.ledger.log;

/** A record id that is already logged was appended again with different content. */
public class DuplicateRecordException extends RuntimeException {
    public DuplicateRecordException(String message) {
        super(message);
    }
}
