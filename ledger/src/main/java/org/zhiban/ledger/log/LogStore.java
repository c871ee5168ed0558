package org.zhiban.ledger.log;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhiban.ledger.merkle.NodeId;
import org.zhiban.ledger.merkle.TreeNode;

/**
 * 日志存储: append-only storage of entries and of the hashes of complete subtrees. There is deliberately no update
 * or delete operation. Implementations need not serialise appends themselves: {@link ReviewLog} does.
 */
public interface LogStore {

    /**
     * Claims an empty store for this log, or checks that a used store belongs to it.
     *
     * @throws IllegalStateException when the store holds a different log (another origin or hash algorithm)
     */
    void bind(LogIdentity identity);

    /** Number of leaves appended so far (the highest stored leaf hash + 1). */
    long leafCount();

    /** Writes the records and the subtree hashes they complete, all or nothing. */
    void append(List<StoredRecord> records, List<TreeNode> nodes);

    /** The ids among {@code recordIds} that are already logged. */
    Set<String> existingRecordIds(Collection<String> recordIds);

    Optional<StoredRecord> findByRecordId(String recordId);

    /** The case's records in leaf order. */
    List<StoredRecord> findByCaseId(String caseId);

    /** Up to {@code limit} records with leaf index ≥ {@code fromLeafIndex}, in leaf order. */
    List<StoredRecord> recordsFrom(long fromLeafIndex, int limit);

    /** The stored hashes of the requested complete subtrees; ids not stored are absent from the map. */
    Map<NodeId, byte[]> nodes(Collection<NodeId> ids);
}
