package org.zhiban.ledger.checkpoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.zhiban.ledger.anchor.AnchorReceipt;

/** {@link CheckpointStore} in memory, for tests and benchmarks. */
public final class InMemoryCheckpointStore implements CheckpointStore {

    private final TreeMap<Long, SignedCheckpoint> checkpoints = new TreeMap<>();
    private final Map<Long, List<AnchorReceipt>> receipts = new TreeMap<>();

    @Override
    public synchronized void add(SignedCheckpoint checkpoint) {
        if (checkpoints.putIfAbsent(checkpoint.treeSize(), checkpoint) != null) {
            throw new IllegalStateException("a checkpoint of size " + checkpoint.treeSize() + " is already stored");
        }
    }

    @Override
    public synchronized Optional<SignedCheckpoint> latest() {
        return Optional.ofNullable(checkpoints.lastEntry()).map(Map.Entry::getValue);
    }

    @Override
    public synchronized Optional<SignedCheckpoint> atSize(long treeSize) {
        return Optional.ofNullable(checkpoints.get(treeSize));
    }

    @Override
    public synchronized List<SignedCheckpoint> all() {
        return List.copyOf(checkpoints.values());
    }

    @Override
    public synchronized List<SignedCheckpoint> notAnchored(String anchorType, int limit) {
        return checkpoints.values().stream()
                .filter(c -> receipts(c.treeSize()).stream().noneMatch(r -> r.type().equals(anchorType)))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized void addReceipt(long treeSize, AnchorReceipt receipt, Instant anchoredAt) {
        if (!checkpoints.containsKey(treeSize) || receipts(treeSize).stream().anyMatch(r -> r.type().equals(receipt.type()))) {
            throw new IllegalStateException("no checkpoint of size " + treeSize + " awaits a " + receipt.type() + " receipt");
        }
        receipts.computeIfAbsent(treeSize, s -> new ArrayList<>()).add(receipt);
    }

    @Override
    public synchronized List<AnchorReceipt> receipts(long treeSize) {
        return List.copyOf(receipts.getOrDefault(treeSize, List.of()));
    }
}
