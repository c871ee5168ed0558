package org.zhiban.ledger.proof;

import java.util.List;
import org.zhiban.ledger.checkpoint.CheckpointStore;
import org.zhiban.ledger.checkpoint.SignedCheckpoint;
import org.zhiban.ledger.hash.HashAlgorithm;
import org.zhiban.ledger.hash.Hex;
import org.zhiban.ledger.log.LogStore;
import org.zhiban.ledger.log.StoredRecord;
import org.zhiban.ledger.log.StoredTree;
import org.zhiban.ledger.merkle.MerkleHasher;

/**
 * 证明服务: inclusion proofs of records against the latest signed checkpoint, and consistency proofs between
 * checkpoints. Each proof reads the record and O(log n) stored subtree hashes in one batch.
 */
public final class ProofService {

    private final LogStore log;
    private final CheckpointStore checkpoints;
    private final HashAlgorithm algorithm;
    private final MerkleHasher hasher;
    private final StoredTree tree;

    public ProofService(LogStore log, CheckpointStore checkpoints, HashAlgorithm algorithm) {
        this.log = log;
        this.checkpoints = checkpoints;
        this.algorithm = algorithm;
        this.hasher = new MerkleHasher(algorithm);
        this.tree = new StoredTree(log, hasher);
    }

    /**
     * The proof of a record against the latest checkpoint, with that checkpoint's first anchor receipt if any.
     *
     * @throws RecordNotFoundException      when no record has this id
     * @throws NotYetCheckpointedException when the record is newer than the latest checkpoint
     */
    public RecordProof prove(String recordId) {
        StoredRecord record = log.findByRecordId(recordId).orElseThrow(() -> new RecordNotFoundException(recordId));
        SignedCheckpoint checkpoint = checkpoints.latest()
                .filter(c -> c.treeSize() > record.leafIndex())
                .orElseThrow(() -> new NotYetCheckpointedException(recordId, record.leafIndex(),
                        checkpoints.latest().map(SignedCheckpoint::treeSize).orElse(0L)));
        // The leaf hash is recomputed from the stored entry, never read back: an edited entry must fail verification.
        byte[] leafHash = hasher.leafHash(record.entry());
        List<String> path = hex(tree.inclusionPath(record.leafIndex(), checkpoint.treeSize()));
        return new RecordProof(recordId, record.entry(), algorithm.standardName(), record.leafIndex(), checkpoint.treeSize(),
                Hex.encode(leafHash), path, checkpoint.rootHash(), ProofCheckpoint.of(checkpoint),
                checkpoints.receipts(checkpoint.treeSize()).stream().findFirst().orElse(null));
    }

    /**
     * The proof that the checkpoint of size {@code second} extends the one of size {@code first}.
     *
     * @throws IllegalArgumentException when either size has no stored checkpoint, or first &gt; second
     */
    public ConsistencyProof proveConsistency(long first, long second) {
        SignedCheckpoint older = checkpoint(first);
        SignedCheckpoint newer = checkpoint(second);
        if (first > second) {
            throw new IllegalArgumentException("the first checkpoint must not be larger than the second");
        }
        return new ConsistencyProof(algorithm.standardName(), ProofCheckpoint.of(older), ProofCheckpoint.of(newer),
                hex(tree.consistencyPath(first, second)));
    }

    private SignedCheckpoint checkpoint(long size) {
        return checkpoints.atSize(size).orElseThrow(() -> new IllegalArgumentException("no signed checkpoint of size " + size));
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(Hex::encode).toList();
    }
}
