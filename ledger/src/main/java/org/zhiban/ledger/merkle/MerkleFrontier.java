package org.zhiban.ledger.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * 右边界: the complete subtrees that make up a tree of the current size, largest first (one per set bit of the
 * size). Appending a leaf merges equal-sized subtrees and reports every newly completed subtree so the store
 * can keep it; the root is folded from these O(log n) hashes without reading the log.
 */
public final class MerkleFrontier {

    private final MerkleHasher hasher;
    private final List<TreeNode> subtrees;
    private long size;

    private MerkleFrontier(MerkleHasher hasher, long size, List<TreeNode> subtrees) {
        this.hasher = hasher;
        this.size = size;
        this.subtrees = subtrees;
    }

    public static MerkleFrontier empty(MerkleHasher hasher) {
        return new MerkleFrontier(hasher, 0, new ArrayList<>());
    }

    /** Rebuilds the frontier of a stored tree from the O(log n) complete subtrees of {@link #decomposition}. */
    public static MerkleFrontier load(MerkleHasher hasher, long size, NodeSource nodes) {
        List<TreeNode> subtrees = new ArrayList<>();
        for (NodeId id : decomposition(size)) {
            subtrees.add(new TreeNode(id, nodes.node(id)));
        }
        return new MerkleFrontier(hasher, size, subtrees);
    }

    /** The complete subtrees, largest first, whose hashes determine the root of a tree of {@code size} leaves. */
    public static List<NodeId> decomposition(long size) {
        List<NodeId> ids = new ArrayList<>();
        long start = 0;
        for (int level = 62; level >= 0; level--) {
            long width = 1L << level;
            if ((size & width) != 0) {
                ids.add(new NodeId(level, start >> level));
                start += width;
            }
        }
        return ids;
    }

    public long size() {
        return size;
    }

    /**
     * Adds the next leaf. Returns the leaf itself (level 0) followed by every subtree it completes, bottom up.
     */
    public List<TreeNode> append(byte[] leafHash) {
        List<TreeNode> created = new ArrayList<>(2);
        TreeNode carry = new TreeNode(0, size, leafHash);
        created.add(carry);
        while (!subtrees.isEmpty() && subtrees.get(subtrees.size() - 1).id().level() == carry.id().level()) {
            TreeNode left = subtrees.remove(subtrees.size() - 1);
            carry = new TreeNode(left.id().level() + 1, left.id().index() >> 1, hasher.nodeHash(left.hash(), carry.hash()));
            created.add(carry);
        }
        subtrees.add(carry);
        size++;
        return created;
    }

    /** MTH of the current tree: the subtrees folded from the right, which is what RFC 9162's split produces. */
    public byte[] rootHash() {
        if (subtrees.isEmpty()) {
            return hasher.emptyRoot();
        }
        byte[] root = subtrees.get(subtrees.size() - 1).hash();
        for (int i = subtrees.size() - 2; i >= 0; i--) {
            root = hasher.nodeHash(subtrees.get(i).hash(), root);
        }
        return root;
    }

    public MerkleFrontier copy() {
        return new MerkleFrontier(hasher, size, new ArrayList<>(subtrees));
    }
}
