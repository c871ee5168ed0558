package org.zhiban.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/** Leaf hashes in a list, with a NodeSource that hashes complete subtrees from them (test helper). */
final class LeafArray {

    private LeafArray() {
    }

    static NodeSource over(List<byte[]> leaves, MerkleHasher hasher) {
        ReferenceMerkle reference = new ReferenceMerkle(hasher);
        return id -> {
            long from = id.firstLeaf();
            long to = from + id.leafCount();
            if (to > leaves.size()) {
                throw new IllegalArgumentException("subtree " + id + " is outside a tree of " + leaves.size() + " leaves");
            }
            return reference.mth(leaves.subList((int) from, (int) to));
        };
    }

    static List<byte[]> leafHashes(MerkleHasher hasher, int count) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leaves.add(hasher.leafHash(new byte[] {(byte) i, (byte) (i >> 8), 7}));
        }
        return leaves;
    }
}
