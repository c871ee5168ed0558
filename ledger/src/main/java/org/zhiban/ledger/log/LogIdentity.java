package org.zhiban.ledger.log;

import java.util.Objects;
import org.zhiban.ledger.hash.HashAlgorithm;

/**
 * 日志标识: the log's origin (the first line of every checkpoint) and its hash algorithm. The origin names the
 * algorithm, so an SM3 log and a SHA-256 log can never be mistaken for one another.
 */
public record LogIdentity(String origin, HashAlgorithm hashAlgorithm) {

    public static final String DEFAULT_ORIGIN_PREFIX = "zhiban/review-log/";

    public LogIdentity {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(hashAlgorithm, "hashAlgorithm");
        if (!origin.endsWith("/" + hashAlgorithm.standardName()) || origin.contains("\n")) {
            throw new IllegalArgumentException("origin '" + origin + "' must be one line ending in /" + hashAlgorithm.standardName());
        }
    }

    /** {@code zhiban/review-log/SM3} or {@code zhiban/review-log/SHA-256}. */
    public static LogIdentity of(HashAlgorithm algorithm) {
        return new LogIdentity(DEFAULT_ORIGIN_PREFIX + algorithm.standardName(), algorithm);
    }
}
