package org.zhiban.ledger.proof;

/** No review record has this id. */
public class RecordNotFoundException extends RuntimeException {
    public RecordNotFoundException(String recordId) {
        super("no review record " + recordId);
    }
}
