package org.zhiban.ledger.log;

/** 入账回执: where a review record landed in the log. {@code leafHash} is lowercase hex. */
public record AppendedRecord(String recordId, long leafIndex, String leafHash) {
}
