package org.zhiban.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately naive transcription of RFC 9162 §2.1.1, §2.1.3.1 and §2.1.4.1 over a list of leaf hashes,
 * recomputing everything from the leaves. Only for checking the real implementation in tests.
 */
final class ReferenceMerkle {

    private final MerkleHasher hasher;

    ReferenceMerkle(MerkleHasher hasher) {
        this.hasher = hasher;
    }

    byte[] mth(List<byte[]> leaves) {
        int n = leaves.size();
        if (n == 0) {
            return hasher.emptyRoot();
        }
        if (n == 1) {
            return leaves.get(0);
        }
        int k = k(n);
        return hasher.nodeHash(mth(leaves.subList(0, k)), mth(leaves.subList(k, n)));
    }

    List<byte[]> path(int m, List<byte[]> leaves) {
        int n = leaves.size();
        List<byte[]> result = new ArrayList<>();
        if (n == 1) {
            return result;
        }
        int k = k(n);
        if (m < k) {
            result.addAll(path(m, leaves.subList(0, k)));
            result.add(mth(leaves.subList(k, n)));
        } else {
            result.addAll(path(m - k, leaves.subList(k, n)));
            result.add(mth(leaves.subList(0, k)));
        }
        return result;
    }

    List<byte[]> proof(int m, List<byte[]> leaves) {
        return subproof(m, leaves, true);
    }

    private List<byte[]> subproof(int m, List<byte[]> leaves, boolean b) {
        int n = leaves.size();
        List<byte[]> result = new ArrayList<>();
        if (m == n) {
            if (!b) {
                result.add(mth(leaves));
            }
            return result;
        }
        int k = k(n);
        if (m <= k) {
            result.addAll(subproof(m, leaves.subList(0, k), b));
            result.add(mth(leaves.subList(k, n)));
        } else {
            result.addAll(subproof(m - k, leaves.subList(k, n), false));
            result.add(mth(leaves.subList(0, k)));
        }
        return result;
    }

    /** The largest power of two smaller than n, found by doubling as the RFC states it. */
    private static int k(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }
}
