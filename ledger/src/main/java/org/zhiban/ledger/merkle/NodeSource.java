package org.zhiban.ledger.merkle;

/** Where the hashes of complete subtrees come from: a table, a cache, or an array of leaves in a test. */
@FunctionalInterface
public interface NodeSource {

    /** The hash of the complete subtree {@code id}; it exists because the caller only asks inside the tree. */
    byte[] node(NodeId id);
}
