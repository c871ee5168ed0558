package org.zhiban.ledger.audit;

import static org.zhiban.ledger.audit.AuditFinding.Kind.RECORD_EDITED;
import static org.zhiban.ledger.audit.AuditFinding.Kind.RECORD_MISPLACED;
import static org.zhiban.ledger.audit.AuditFinding.Kind.RECORD_MISSING;
import static org.zhiban.ledger.audit.AuditFinding.Kind.RECORD_UNREADABLE;
import static org.zhiban.ledger.audit.AuditFinding.Kind.ROOT_MISMATCH;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhiban.ledger.checkpoint.SignedCheckpoint;
import org.zhiban.ledger.hash.Hex;
import org.zhiban.ledger.log.LogStore;
import org.zhiban.ledger.log.StoredRecord;
import org.zhiban.ledger.merkle.MerkleFrontier;
import org.zhiban.ledger.merkle.MerkleHasher;
import org.zhiban.ledger.merkle.NodeId;
import org.zhiban.ledger.record.EntryCodec;
import org.zhiban.ledger.record.LogEntry;
import org.zhiban.ledger.record.MalformedEntryException;

/**
 * 逐叶重放: rebuilds the tree from the stored entries alone, leaf by leaf, checks each row against its own entry and
 * its stored leaf hash, and compares the rebuilt root with every signed head at its size.
 */
final class LeafReplay {

    private static final int PAGE = 1000;

    private final LogStore store;
    private final MerkleHasher hasher;
    private final List<SignedCheckpoint> heads;
    private final List<AuditFinding> findings;
    private final EntryCodec codec = new EntryCodec();
    private final MerkleFrontier rebuilt;
    private int nextHead;
    private long lastMatchingSize;

    LeafReplay(LogStore store, MerkleHasher hasher, List<SignedCheckpoint> headsBySize, List<AuditFinding> findings) {
        this.store = store;
        this.hasher = hasher;
        this.heads = headsBySize;
        this.findings = findings;
        this.rebuilt = MerkleFrontier.empty(hasher);
    }

    /** Replays the whole log; returns the number of stored records read. */
    long run() {
        long read = 0;
        long from = 0;
        for (List<StoredRecord> page = store.recordsFrom(0, PAGE); !page.isEmpty(); page = store.recordsFrom(from, PAGE)) {
            Map<NodeId, byte[]> storedLeaves = store.nodes(leafIds(page));
            for (StoredRecord row : page) {
                while (rebuilt.size() < row.leafIndex()) {
                    missing(rebuilt.size());
                }
                replay(row, storedLeaves.get(new NodeId(0, row.leafIndex())));
                read++;
            }
            from = page.get(page.size() - 1).leafIndex() + 1;
        }
        long end = Math.max(store.leafCount(), heads.isEmpty() ? 0 : heads.get(heads.size() - 1).treeSize());
        while (rebuilt.size() < end) {
            missing(rebuilt.size());
        }
        return read;
    }

    private void replay(StoredRecord row, byte[] storedLeaf) {
        byte[] leaf = hasher.leafHash(row.entry());
        AuditFinding problem = problemOf(row, leaf, storedLeaf);
        if (problem != null) {
            findings.add(problem);
        }
        append(leaf);
    }

    /** The row's problem, or null when it is sound. The first problem wins: unreadable, misplaced, edited. */
    private AuditFinding problemOf(StoredRecord row, byte[] leaf, byte[] storedLeaf) {
        LogEntry entry;
        try {
            entry = codec.decode(row.entry());
        } catch (MalformedEntryException e) {
            return problem(RECORD_UNREADABLE, row, "record " + row.recordId() + " at leaf " + row.leafIndex() + " is unreadable: " + e.getMessage());
        }
        if (entry.sequence() != row.leafIndex()) {
            return problem(RECORD_MISPLACED, row, "record " + entry.record().recordId() + " was logged at leaf " + entry.sequence()
                    + " but is stored at leaf " + row.leafIndex() + " (records were reordered)");
        }
        if (!entry.record().recordId().equals(row.recordId()) || !entry.record().caseId().equals(row.caseId())) {
            return problem(RECORD_EDITED, row, "the record_id/case_id columns of leaf " + row.leafIndex() + " do not match its entry (record "
                    + entry.record().recordId() + ")");
        }
        if (storedLeaf == null || !MessageDigest.isEqual(storedLeaf, leaf)) {
            return problem(RECORD_EDITED, row, "record " + row.recordId() + " at leaf " + row.leafIndex()
                    + " was edited: its entry no longer hashes to the leaf hash stored when it was appended");
        }
        return null;
    }

    private void missing(long leafIndex) {
        byte[] storedLeaf = store.nodes(List.of(new NodeId(0, leafIndex))).get(new NodeId(0, leafIndex));
        findings.add(AuditFinding.ofRecord(RECORD_MISSING, leafIndex, null, "the record at leaf " + leafIndex + " is missing (deleted)"
                + (storedLeaf == null ? "" : "; its leaf hash was " + Hex.encode(storedLeaf))));
        // Carry on with the stored leaf hash so later records and checkpoints are still judged on their own.
        append(storedLeaf != null ? storedLeaf : new byte[hasher.algorithm().length()]);
    }

    private void append(byte[] leaf) {
        rebuilt.append(leaf);
        while (nextHead < heads.size() && heads.get(nextHead).treeSize() <= rebuilt.size()) {
            SignedCheckpoint head = heads.get(nextHead++);
            if (head.treeSize() < rebuilt.size()) {
                continue;
            }
            String root = Hex.encode(rebuilt.rootHash());
            if (root.equals(head.rootHash())) {
                lastMatchingSize = head.treeSize();
            } else {
                findings.add(AuditFinding.ofCheckpoint(ROOT_MISMATCH, head.treeSize(), "the entries rebuild root " + root
                        + " at size " + head.treeSize() + ", but the signed root is " + head.rootHash()
                        + "; a changed record lies in leaves " + lastMatchingSize + ".." + (head.treeSize() - 1)));
            }
        }
    }

    private static List<NodeId> leafIds(List<StoredRecord> page) {
        List<NodeId> ids = new ArrayList<>(page.size());
        for (StoredRecord row : page) {
            ids.add(new NodeId(0, row.leafIndex()));
        }
        return ids;
    }

    private static AuditFinding problem(AuditFinding.Kind kind, StoredRecord row, String message) {
        return AuditFinding.ofRecord(kind, row.leafIndex(), row.recordId(), message);
    }
}
