package org.zhiban.ledger.merkle;

/**
 * 子树坐标: a complete (perfect, aligned) subtree of the log: the {@code 2^level} leaves starting at
 * {@code index * 2^level}. Level 0 is a single leaf. Only such subtrees are ever stored, because their hash
 * never changes once the last of their leaves is appended.
 */
public record NodeId(int level, long index) {

    public NodeId {
        if (level < 0 || level > 62 || index < 0) {
            throw new IllegalArgumentException("no subtree at level " + level + ", index " + index);
        }
    }

    public long firstLeaf() {
        return index << level;
    }

    public long leafCount() {
        return 1L << level;
    }
}
