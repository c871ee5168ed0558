package org.zhiban.ledger.record;

import java.util.Locale;
import java.util.Objects;
import org.zhiban.ledger.hash.Hex;

/**
 * 附件摘要: the hash of the document the decision was about, so the record also fixes which version was seen.
 *
 * @param algorithm e.g. {@code SHA-256} (object storage addresses documents by SHA-256) or {@code SM3}
 * @param hex       the digest in lowercase hex
 */
public record DocumentHash(String algorithm, String hex) {

    public DocumentHash {
        Objects.requireNonNull(algorithm, "document hash algorithm");
        Objects.requireNonNull(hex, "document hash");
        Hex.decode(hex);
        hex = hex.toLowerCase(Locale.ROOT);
    }
}
