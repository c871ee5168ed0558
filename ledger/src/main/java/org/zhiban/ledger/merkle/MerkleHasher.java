package org.zhiban.ledger.merkle;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.Digest;
import org.zhiban.ledger.hash.HashAlgorithm;

/**
 * 默克尔哈希: the two hashes of RFC 9162 §2.1.1 with domain separation, so a leaf can never be passed off
 * as an interior node: leaf = H(0x00 ‖ entry), node = H(0x01 ‖ left ‖ right). The empty tree's root is H().
 */
public final class MerkleHasher {

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private final HashAlgorithm algorithm;

    public MerkleHasher(HashAlgorithm algorithm) {
        this.algorithm = algorithm;
    }

    public HashAlgorithm algorithm() {
        return algorithm;
    }

    public byte[] leafHash(byte[] entry) {
        Digest digest = algorithm.newDigest();
        digest.update(LEAF_PREFIX);
        digest.update(entry, 0, entry.length);
        return finish(digest);
    }

    /** The leaf hash of an entry string, hashed as its UTF-8 bytes. */
    public byte[] leafHash(String entry) {
        return leafHash(entry.getBytes(StandardCharsets.UTF_8));
    }

    public byte[] nodeHash(byte[] left, byte[] right) {
        Digest digest = algorithm.newDigest();
        digest.update(NODE_PREFIX);
        digest.update(left, 0, left.length);
        digest.update(right, 0, right.length);
        return finish(digest);
    }

    /** MTH({}) = HASH(), the root of a log with no entries. */
    public byte[] emptyRoot() {
        return finish(algorithm.newDigest());
    }

    private static byte[] finish(Digest digest) {
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }
}
