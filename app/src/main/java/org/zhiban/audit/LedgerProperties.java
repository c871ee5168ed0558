package org.zhiban.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code zhiban.ledger.*}: the review log's hash algorithm (part of its identity), how often checkpoints are signed,
 * where the signing key lives and which anchor receives the checkpoints.
 *
 * @param anchor {@code local} (default) or {@code fabric}, whose connection is read from
 *               {@code zhiban.ledger.fabric.*} (see docker/fabric/README.md)
 */
@ConfigurationProperties("zhiban.ledger")
public record LedgerProperties(String hashAlgorithm, String origin, String anchor, long checkpointEveryRecords,
                               Duration checkpointEvery, Path signingKeyFile, boolean generateKeyIfMissing) {
}
