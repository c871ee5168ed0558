package org.zhiban.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * 默克尔树: tree heads, inclusion proofs and consistency proofs exactly as RFC 9162 §2.1 defines them.
 * Every MTH the recursion needs is split at the largest power of two, so every left part is a complete
 * subtree read from the {@link NodeSource}; only the ragged right edge is hashed on the fly. A proof thus
 * costs O(log² n) node reads at worst and never touches all leaves.
 */
public final class MerkleTree {

    private final MerkleHasher hasher;
    private final NodeSource nodes;

    public MerkleTree(MerkleHasher hasher, NodeSource nodes) {
        this.hasher = hasher;
        this.nodes = nodes;
    }

    /** MTH(D[0:size]). */
    public byte[] rootHash(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative tree size " + size);
        }
        return size == 0 ? hasher.emptyRoot() : subtreeHash(0, size);
    }

    /** PATH(leafIndex, D[0:treeSize]), RFC 9162 §2.1.3.1; the sibling nearest the leaf comes first. */
    public List<byte[]> inclusionPath(long leafIndex, long treeSize) {
        if (leafIndex < 0 || leafIndex >= treeSize) {
            throw new IllegalArgumentException("leaf " + leafIndex + " is not in a tree of size " + treeSize);
        }
        List<byte[]> path = new ArrayList<>();
        path(leafIndex, 0, treeSize, path);
        return path;
    }

    /** PROOF(first, D[0:second]), RFC 9162 §2.1.4.1; empty when first is 0 or equals second. */
    public List<byte[]> consistencyPath(long first, long second) {
        if (first < 0 || first > second) {
            throw new IllegalArgumentException("no consistency proof from size " + first + " to " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        if (first > 0 && first < second) {
            subproof(first, 0, second, true, proof);
        }
        return proof;
    }

    private void path(long m, long start, long end, List<byte[]> out) {
        long n = end - start;
        if (n == 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m < k) {
            path(m, start, start + k, out);
            out.add(subtreeHash(start + k, end));
        } else {
            path(m - k, start + k, end, out);
            out.add(subtreeHash(start, start + k));
        }
    }

    private void subproof(long m, long start, long end, boolean wholeOldTree, List<byte[]> out) {
        long n = end - start;
        if (m == n) {
            if (!wholeOldTree) {
                out.add(subtreeHash(start, end));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, start, start + k, wholeOldTree, out);
            out.add(subtreeHash(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, out);
            out.add(subtreeHash(start, start + k));
        }
    }

    /** MTH(D[start:end]) for a non-empty range. */
    byte[] subtreeHash(long start, long end) {
        long n = end - start;
        if (Long.bitCount(n) == 1 && start % n == 0) {
            return nodes.node(new NodeId(Long.numberOfTrailingZeros(n), start / n));
        }
        long k = largestPowerOfTwoBelow(n);
        return hasher.nodeHash(subtreeHash(start, start + k), subtreeHash(start + k, end));
    }

    /** The k of RFC 9162: the largest power of two smaller than n (n > 1). */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }
}
