package org.zhiban.ledger.log;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhiban.ledger.merkle.NodeId;
import org.zhiban.ledger.merkle.TreeNode;

/** 内存存储: a {@link LogStore} in memory, for tests and benchmarks; nothing survives a restart. */
public final class InMemoryLogStore implements LogStore {

    private final List<StoredRecord> records = new ArrayList<>();
    private final Map<String, Integer> positionByRecordId = new HashMap<>();
    private final Map<String, List<Integer>> positionsByCase = new HashMap<>();
    private final List<List<byte[]>> levels = new ArrayList<>();
    private LogIdentity identity;

    @Override
    public synchronized void bind(LogIdentity claimed) {
        if (identity != null && !identity.equals(claimed)) {
            throw new IllegalStateException("this store holds the log " + identity + ", not " + claimed);
        }
        identity = claimed;
    }

    @Override
    public synchronized long leafCount() {
        return levels.isEmpty() ? 0 : levels.get(0).size();
    }

    @Override
    public synchronized void append(List<StoredRecord> newRecords, List<TreeNode> nodes) {
        for (TreeNode node : nodes) {
            while (levels.size() <= node.id().level()) {
                levels.add(new ArrayList<>());
            }
            List<byte[]> level = levels.get(node.id().level());
            if (level.size() != node.id().index()) {
                throw new IllegalStateException("subtree " + node.id() + " is not the next one at its level");
            }
            level.add(node.hash());
        }
        for (StoredRecord record : newRecords) {
            positionByRecordId.put(record.recordId(), records.size());
            positionsByCase.computeIfAbsent(record.caseId(), c -> new ArrayList<>()).add(records.size());
            records.add(record);
        }
    }

    @Override
    public synchronized Set<String> existingRecordIds(Collection<String> recordIds) {
        Set<String> existing = new HashSet<>(recordIds);
        existing.retainAll(positionByRecordId.keySet());
        return existing;
    }

    @Override
    public synchronized Optional<StoredRecord> findByRecordId(String recordId) {
        return Optional.ofNullable(positionByRecordId.get(recordId)).map(records::get);
    }

    @Override
    public synchronized List<StoredRecord> findByCaseId(String caseId) {
        return positionsByCase.getOrDefault(caseId, List.of()).stream().map(records::get).toList();
    }

    @Override
    public synchronized List<StoredRecord> recordsFrom(long fromLeafIndex, int limit) {
        int from = (int) Math.min(fromLeafIndex, records.size());
        return List.copyOf(records.subList(from, Math.min(records.size(), from + limit)));
    }

    @Override
    public synchronized Map<NodeId, byte[]> nodes(Collection<NodeId> ids) {
        Map<NodeId, byte[]> found = new HashMap<>();
        for (NodeId id : ids) {
            if (id.level() < levels.size() && id.index() < levels.get(id.level()).size()) {
                found.put(id, levels.get(id.level()).get((int) id.index()));
            }
        }
        return found;
    }
}
