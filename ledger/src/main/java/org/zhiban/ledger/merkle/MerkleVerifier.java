package org.zhiban.ledger.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 证明校验: the verification algorithms of RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency),
 * step by step as the RFC writes them, so an auditor can check this class against the text.
 */
public final class MerkleVerifier {

    private final MerkleHasher hasher;

    public MerkleVerifier(MerkleHasher hasher) {
        this.hasher = hasher;
    }

    /** True when {@code inclusionPath} proves {@code leafHash} is leaf {@code leafIndex} of the tree with {@code rootHash}. */
    public boolean verifyInclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> inclusionPath, byte[] rootHash) {
        return rootFromInclusionPath(leafIndex, treeSize, leafHash, inclusionPath)
                .map(root -> MessageDigest.isEqual(root, rootHash))
                .orElse(false);
    }

    /**
     * The root the path leads to, or empty when the path cannot belong to a tree of this size at all
     * (too short, too long, or the index is outside the tree).
     */
    public Optional<byte[]> rootFromInclusionPath(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> inclusionPath) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            return Optional.empty();
        }
        long fn = leafIndex;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : inclusionPath) {
            if (sn == 0) {
                return Optional.empty();
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = hasher.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = hasher.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 ? Optional.of(r) : Optional.empty();
    }

    /**
     * True when {@code consistencyPath} proves the tree of size {@code second} with {@code secondHash} extends the tree
     * of size {@code first} with {@code firstHash}. Equal sizes need an empty path and equal roots; a first size of 0
     * needs an empty path (the empty tree is a prefix of every tree).
     */
    public boolean verifyConsistency(long first, long second, byte[] firstHash, byte[] secondHash, List<byte[]> consistencyPath) {
        if (first < 0 || first > second) {
            return false;
        }
        if (first == second) {
            return consistencyPath.isEmpty() && MessageDigest.isEqual(firstHash, secondHash);
        }
        if (first == 0) {
            return consistencyPath.isEmpty();
        }
        List<byte[]> path = new ArrayList<>(consistencyPath);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstHash);
        }
        if (path.isEmpty()) {
            return false;
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = hasher.nodeHash(c, fr);
                sr = hasher.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = hasher.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, firstHash) && MessageDigest.isEqual(sr, secondHash);
    }
}
