package org.zhiban.ledger.record;

import java.time.Instant;

/**
 * 日志条目: a review record as logged, with the server time and its own leaf index. Carrying the index inside the
 * hashed entry means a reorder done directly in the database shows up as an entry sitting at the wrong index.
 */
public record LogEntry(long sequence, Instant recordedAt, ReviewRecord record) {
}
