package org.zhiban.ledger.log;

import org.zhiban.ledger.jdbc.LedgerStorageException;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.zhiban.ledger.hash.HashAlgorithm;
import org.zhiban.ledger.hash.Hex;
import org.zhiban.ledger.merkle.MerkleFrontier;
import org.zhiban.ledger.merkle.MerkleHasher;
import org.zhiban.ledger.merkle.TreeNode;
import org.zhiban.ledger.record.EntryCodec;
import org.zhiban.ledger.record.LogEntry;
import org.zhiban.ledger.record.ReviewRecord;

/**
 * 审核日志: the append-only, tamper-evident log of review records. Appends are serialised by one lock; each append
 * (or batch) is written with the subtree hashes it completes in a single store transaction, so a record is never
 * half-written. The right edge of the tree lives in memory, so appending and taking the tree head never read the log.
 */
public final class ReviewLog {

    private final LogStore store;
    private final LogIdentity identity;
    private final Clock clock;
    private final MerkleHasher hasher;
    private final EntryCodec codec = new EntryCodec();
    private final ReentrantLock appendLock = new ReentrantLock();
    private MerkleFrontier frontier;

    public ReviewLog(LogStore store, LogIdentity identity, Clock clock) {
        this.store = store;
        this.identity = identity;
        this.clock = clock;
        this.hasher = new MerkleHasher(identity.hashAlgorithm());
        store.bind(identity);
        this.frontier = loadFrontier();
    }

    /** A log with the default origin for the algorithm, e.g. {@code zhiban/review-log/SM3}. */
    public ReviewLog(LogStore store, HashAlgorithm algorithm, Clock clock) {
        this(store, LogIdentity.of(algorithm), clock);
    }

    public LogIdentity identity() {
        return identity;
    }

    /**
     * Appends one record. Appending a record whose id is already logged with the same content returns the
     * existing position, so a retried call does not log the decision twice.
     *
     * @throws DuplicateRecordException when the id is logged with different content
     */
    public AppendedRecord append(ReviewRecord record) {
        return appendAll(List.of(record)).get(0);
    }

    /** Appends records in order in one transaction; the faster path for bulk imports and benchmarks. */
    public List<AppendedRecord> appendAll(List<ReviewRecord> records) {
        Map<String, ReviewRecord> unique = new LinkedHashMap<>();
        for (ReviewRecord record : records) {
            ReviewRecord earlier = unique.putIfAbsent(record.recordId(), record);
            if (earlier != null && !earlier.equals(record)) {
                throw new DuplicateRecordException("record " + record.recordId() + " appears twice with different content");
            }
        }
        appendLock.lock();
        try {
            try {
                return appendUnique(records, unique);
            } catch (LedgerStorageException e) {
                // Another writer on the same database appended meanwhile (a second instance, a second test context):
                // the frontier was reloaded from the store, so the batch is tried once more at the new end.
                return appendUnique(records, unique);
            }
        } finally {
            appendLock.unlock();
        }
    }

    private List<AppendedRecord> appendUnique(List<ReviewRecord> records, Map<String, ReviewRecord> unique) {
        Set<String> existing = store.existingRecordIds(unique.keySet());
        Map<String, AppendedRecord> results = new LinkedHashMap<>();
        for (String id : existing) {
            results.put(id, alreadyLogged(unique.get(id)));
        }
        results.putAll(appendNew(unique.values().stream().filter(r -> !existing.contains(r.recordId())).toList()));
        return records.stream().map(r -> results.get(r.recordId())).toList();
    }

    private Map<String, AppendedRecord> appendNew(List<ReviewRecord> records) {
        Map<String, AppendedRecord> appended = new LinkedHashMap<>();
        if (records.isEmpty()) {
            return appended;
        }
        // Work on a copy: if the store refuses the batch, the in-memory tree must not run ahead of the stored one.
        MerkleFrontier next = frontier.copy();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<StoredRecord> rows = new ArrayList<>(records.size());
        List<TreeNode> nodes = new ArrayList<>(records.size() * 2);
        for (ReviewRecord record : records) {
            long leafIndex = next.size();
            String entry = codec.encode(new LogEntry(leafIndex, now, record));
            byte[] leafHash = hasher.leafHash(entry);
            nodes.addAll(next.append(leafHash));
            rows.add(new StoredRecord(leafIndex, record.recordId(), record.caseId(), entry, now));
            appended.put(record.recordId(), new AppendedRecord(record.recordId(), leafIndex, Hex.encode(leafHash)));
        }
        try {
            store.append(rows, nodes);
        } catch (RuntimeException e) {
            frontier = loadFrontier();
            throw e;
        }
        frontier = next;
        return appended;
    }

    private AppendedRecord alreadyLogged(ReviewRecord record) {
        LoggedRecord logged = record(record.recordId()).orElseThrow();
        if (!logged.record().equals(record)) {
            throw new DuplicateRecordException("record " + record.recordId() + " is already logged with different content");
        }
        return new AppendedRecord(record.recordId(), logged.leafIndex(), Hex.encode(hasher.leafHash(logged.entry())));
    }

    /** The current size and root. Consistent: no append is half-way through while it is taken. */
    public TreeHead head() {
        appendLock.lock();
        try {
            return new TreeHead(frontier.size(), Hex.encode(frontier.rootHash()));
        } finally {
            appendLock.unlock();
        }
    }

    public Optional<LoggedRecord> record(String recordId) {
        return store.findByRecordId(recordId).map(this::read);
    }

    /** All records of a case, oldest first. */
    public List<LoggedRecord> records(String caseId) {
        return store.findByCaseId(caseId).stream().map(this::read).toList();
    }

    private LoggedRecord read(StoredRecord row) {
        LogEntry entry = codec.decode(row.entry());
        return new LoggedRecord(row.leafIndex(), entry.recordedAt(), entry.record(), row.entry());
    }

    private MerkleFrontier loadFrontier() {
        long size = store.leafCount();
        var stored = store.nodes(MerkleFrontier.decomposition(size));
        return MerkleFrontier.load(hasher, size, id -> {
            byte[] hash = stored.get(id);
            if (hash == null) {
                throw new IllegalStateException("the log store lacks the hash of subtree " + id + "; run the LogAuditor");
            }
            return hash;
        });
    }
}
