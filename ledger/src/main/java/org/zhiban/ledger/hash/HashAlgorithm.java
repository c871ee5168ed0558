package org.zhiban.ledger.hash;

import java.util.Arrays;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * 摘要算法: the hash function of a review log. It is part of the log's identity (its origin), because a
 * tree hashed with SM3 and one hashed with SHA-256 over the same entries are different logs.
 */
public enum HashAlgorithm {

    /** 国密 SM3 (GB/T 32905-2016), the default for government deployments. */
    SM3("SM3"),
    /** SHA-256 (FIPS 180-4), the hash of RFC 9162's own test vectors. */
    SHA_256("SHA-256");

    private final String standardName;

    HashAlgorithm(String standardName) {
        this.standardName = standardName;
    }

    /** The name used in entries, checkpoints and proofs: {@code SM3} or {@code SHA-256}. */
    public String standardName() {
        return standardName;
    }

    /** Digest length in bytes (both are 32). */
    public int length() {
        return newDigest().getDigestSize();
    }

    /**
     * A fresh digest. BouncyCastle's lightweight API is used for both algorithms so that the offline
     * verifier jar needs no JCA provider registration.
     */
    public Digest newDigest() {
        return this == SM3 ? new SM3Digest() : new SHA256Digest();
    }

    /** H(data). */
    public byte[] hash(byte[] data) {
        Digest digest = newDigest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    /** Parses {@code SM3} or {@code SHA-256} (also the enum name {@code SHA_256}, case-insensitive). */
    public static HashAlgorithm fromName(String name) {
        return Arrays.stream(values())
                .filter(a -> a.standardName.equalsIgnoreCase(name) || a.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown hash algorithm '" + name + "', expected SM3 or SHA-256"));
    }
}
