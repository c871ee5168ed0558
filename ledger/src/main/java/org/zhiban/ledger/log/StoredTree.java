package org.zhiban.ledger.log;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.zhiban.ledger.merkle.MerkleHasher;
import org.zhiban.ledger.merkle.MerkleTree;
import org.zhiban.ledger.merkle.NodeId;

/**
 * 存储树: the Merkle tree over a {@link LogStore}, reading all subtree hashes a computation needs in one batch.
 * The nodes a proof touches depend only on the sizes and indices, never on hash values, so a dry run with
 * placeholder hashes names them all; the real run then reads from the fetched map.
 */
public final class StoredTree {

    private final LogStore store;
    private final MerkleHasher hasher;

    public StoredTree(LogStore store, MerkleHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    public byte[] rootHash(long size) {
        return compute(tree -> tree.rootHash(size));
    }

    public List<byte[]> inclusionPath(long leafIndex, long treeSize) {
        return compute(tree -> tree.inclusionPath(leafIndex, treeSize));
    }

    public List<byte[]> consistencyPath(long first, long second) {
        return compute(tree -> tree.consistencyPath(first, second));
    }

    private <T> T compute(Function<MerkleTree, T> computation) {
        Set<NodeId> wanted = new LinkedHashSet<>();
        byte[] placeholder = new byte[hasher.algorithm().length()];
        computation.apply(new MerkleTree(hasher, id -> {
            wanted.add(id);
            return placeholder;
        }));
        Map<NodeId, byte[]> fetched = store.nodes(wanted);
        return computation.apply(new MerkleTree(hasher, id -> {
            byte[] hash = fetched.get(id);
            if (hash == null) {
                throw new IllegalStateException("the log store lacks the hash of subtree " + id);
            }
            return hash;
        }));
    }
}
