package org.zhiban.ledger.merkle;

/** The hash of a complete subtree, as stored beside the log. */
public record TreeNode(NodeId id, byte[] hash) {

    public TreeNode(int level, long index, byte[] hash) {
        this(new NodeId(level, index), hash);
    }
}
