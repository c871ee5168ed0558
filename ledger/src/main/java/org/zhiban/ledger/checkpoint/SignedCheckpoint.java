package org.zhiban.ledger.checkpoint;

import java.time.Instant;

/**
 * 签名检查点: a signed statement that the log named {@code origin} had {@code treeSize} entries with root {@code rootHash}.
 *
 * @param origin        the log's identity, e.g. {@code zhiban.gov.cn/review-log/SM3}; the hash algorithm is part of it
 * @param treeSize      number of leaves covered
 * @param rootHash      lowercase hex RFC 9162 root hash of the first {@code treeSize} leaves
 * @param hashAlgorithm {@code SM3} or {@code SHA-256}
 * @param signature     base64 signature over {@link #signedNote()}
 * @param publicKey     base64 X.509 SubjectPublicKeyInfo of the signing key
 * @param createdAt     server time the checkpoint was made
 */
public record SignedCheckpoint(String origin, long treeSize, String rootHash, String hashAlgorithm,
                               String signature, String publicKey, Instant createdAt) {

    /** The exact text that is signed: origin, size and root on three lines, as in a transparency-log checkpoint note. */
    public String signedNote() {
        return signedNote(origin, treeSize, rootHash);
    }

    public static String signedNote(String origin, long treeSize, String rootHash) {
        return origin + "\n" + treeSize + "\n" + rootHash + "\n";
    }
}
