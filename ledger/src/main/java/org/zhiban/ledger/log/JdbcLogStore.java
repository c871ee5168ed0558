package org.zhiban.ledger.log;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.zhiban.ledger.hash.HashAlgorithm;
import org.zhiban.ledger.hash.Hex;
import org.zhiban.ledger.jdbc.Jdbc;
import org.zhiban.ledger.merkle.NodeId;
import org.zhiban.ledger.merkle.TreeNode;

/**
 * 数据库存储: the review log in the tables of {@code db/ledger/common/V100__review_log.sql}, over plain JDBC.
 * Only INSERT and SELECT are issued; the tables are append-only.
 */
public final class JdbcLogStore implements LogStore {

    /** Keeps IN lists and OR chains far below every driver's parameter limit. */
    private static final int CHUNK = 200;
    private static final String RECORD_COLUMNS = "select leaf_index, record_id, case_id, entry, recorded_at from ledger_review_record ";

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcLogStore(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.clock = clock;
    }

    @Override
    public void bind(LogIdentity identity) {
        jdbc.inTransaction(connection -> {
            List<LogIdentity> stored = Jdbc.query(connection, "select origin, hash_algorithm from ledger_log where id = 1", s -> { },
                    row -> new LogIdentity(row.getString("origin"), HashAlgorithm.fromName(row.getString("hash_algorithm"))));
            if (stored.isEmpty()) {
                Jdbc.update(connection, "insert into ledger_log (id, origin, hash_algorithm, created_at) values (1, ?, ?, ?)", s -> {
                    s.setString(1, identity.origin());
                    s.setString(2, identity.hashAlgorithm().standardName());
                    Jdbc.setInstant(s, 3, clock.instant());
                });
            } else if (!stored.get(0).equals(identity)) {
                throw new IllegalStateException("the database holds the review log " + stored.get(0)
                        + "; it cannot be opened as " + identity + " (the hash algorithm cannot change under a log)");
            }
            return null;
        });
    }

    @Override
    public long leafCount() {
        return jdbc.query("select max(node_index) as last from ledger_tree_node where tree_level = 0", s -> { },
                row -> row.getObject("last") == null ? 0L : row.getLong("last") + 1).get(0);
    }

    @Override
    public void append(List<StoredRecord> records, List<TreeNode> nodes) {
        jdbc.inTransaction(connection -> {
            insertRecords(connection, records);
            insertNodes(connection, nodes);
            return null;
        });
    }

    private static void insertRecords(Connection connection, List<StoredRecord> records) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into ledger_review_record (leaf_index, record_id, case_id, entry, recorded_at) values (?, ?, ?, ?, ?)")) {
            for (StoredRecord record : records) {
                insert.setLong(1, record.leafIndex());
                insert.setString(2, record.recordId());
                insert.setString(3, record.caseId());
                insert.setString(4, record.entry());
                Jdbc.setInstant(insert, 5, record.recordedAt());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertNodes(Connection connection, List<TreeNode> nodes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into ledger_tree_node (tree_level, node_index, hash) values (?, ?, ?)")) {
            for (TreeNode node : nodes) {
                insert.setInt(1, node.id().level());
                insert.setLong(2, node.id().index());
                insert.setString(3, Hex.encode(node.hash()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public Set<String> existingRecordIds(Collection<String> recordIds) {
        Set<String> existing = new HashSet<>();
        for (List<String> chunk : chunks(new ArrayList<>(recordIds))) {
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            existing.addAll(jdbc.query("select record_id from ledger_review_record where record_id in (" + marks + ")", s -> {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 1, chunk.get(i));
                }
            }, row -> row.getString(1)));
        }
        return existing;
    }

    @Override
    public Optional<StoredRecord> findByRecordId(String recordId) {
        return jdbc.query(RECORD_COLUMNS + "where record_id = ?", s -> s.setString(1, recordId), JdbcLogStore::toRecord)
                .stream().findFirst();
    }

    @Override
    public List<StoredRecord> findByCaseId(String caseId) {
        return jdbc.query(RECORD_COLUMNS + "where case_id = ? order by leaf_index", s -> s.setString(1, caseId), JdbcLogStore::toRecord);
    }

    @Override
    public List<StoredRecord> recordsFrom(long fromLeafIndex, int limit) {
        return jdbc.query(RECORD_COLUMNS + "where leaf_index >= ? order by leaf_index limit ?", s -> {
            s.setLong(1, fromLeafIndex);
            s.setInt(2, limit);
        }, JdbcLogStore::toRecord);
    }

    @Override
    public Map<NodeId, byte[]> nodes(Collection<NodeId> ids) {
        Map<NodeId, byte[]> found = new HashMap<>();
        for (List<NodeId> chunk : chunks(new ArrayList<>(ids))) {
            String where = String.join(" or ", Collections.nCopies(chunk.size(), "(tree_level = ? and node_index = ?)"));
            jdbc.query("select tree_level, node_index, hash from ledger_tree_node where " + where, s -> {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setInt(2 * i + 1, chunk.get(i).level());
                    s.setLong(2 * i + 2, chunk.get(i).index());
                }
            }, row -> found.put(new NodeId(row.getInt(1), row.getLong(2)), Hex.decode(row.getString(3))));
        }
        return found;
    }

    private static StoredRecord toRecord(ResultSet row) throws SQLException {
        return new StoredRecord(row.getLong("leaf_index"), row.getString("record_id"), row.getString("case_id"),
                row.getString("entry"), Jdbc.getInstant(row, "recorded_at"));
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
