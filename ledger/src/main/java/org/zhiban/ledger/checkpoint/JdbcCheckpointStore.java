package org.zhiban.ledger.checkpoint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.zhiban.ledger.anchor.AnchorReceipt;
import org.zhiban.ledger.jdbc.Jdbc;

/** {@link CheckpointStore} over the tables {@code ledger_checkpoint} and {@code ledger_anchor_receipt}; INSERT and SELECT only. */
public final class JdbcCheckpointStore implements CheckpointStore {

    private static final String COLUMNS =
            "select tree_size, origin, root_hash, hash_algorithm, signature, public_key, created_at from ledger_checkpoint c ";

    private final Jdbc jdbc;

    public JdbcCheckpointStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    @Override
    public void add(SignedCheckpoint c) {
        jdbc.inTransaction(connection -> Jdbc.update(connection,
                "insert into ledger_checkpoint (tree_size, origin, root_hash, hash_algorithm, signature, public_key, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)", s -> {
                    s.setLong(1, c.treeSize());
                    s.setString(2, c.origin());
                    s.setString(3, c.rootHash());
                    s.setString(4, c.hashAlgorithm());
                    s.setString(5, c.signature());
                    s.setString(6, c.publicKey());
                    Jdbc.setInstant(s, 7, c.createdAt());
                }));
    }

    @Override
    public Optional<SignedCheckpoint> latest() {
        return jdbc.query(COLUMNS + "order by tree_size desc limit 1", s -> { }, JdbcCheckpointStore::toCheckpoint).stream().findFirst();
    }

    @Override
    public Optional<SignedCheckpoint> atSize(long treeSize) {
        return jdbc.query(COLUMNS + "where tree_size = ?", s -> s.setLong(1, treeSize), JdbcCheckpointStore::toCheckpoint)
                .stream().findFirst();
    }

    @Override
    public List<SignedCheckpoint> all() {
        return jdbc.query(COLUMNS + "order by tree_size", s -> { }, JdbcCheckpointStore::toCheckpoint);
    }

    @Override
    public List<SignedCheckpoint> notAnchored(String anchorType, int limit) {
        return jdbc.query(COLUMNS + "where not exists (select 1 from ledger_anchor_receipt r"
                + " where r.tree_size = c.tree_size and r.anchor_type = ?) order by tree_size limit ?", s -> {
                    s.setString(1, anchorType);
                    s.setInt(2, limit);
                }, JdbcCheckpointStore::toCheckpoint);
    }

    @Override
    public void addReceipt(long treeSize, AnchorReceipt receipt, Instant anchoredAt) {
        jdbc.inTransaction(connection -> Jdbc.update(connection,
                "insert into ledger_anchor_receipt (tree_size, anchor_type, tx_id, block_number, anchored_at) values (?, ?, ?, ?, ?)", s -> {
                    s.setLong(1, treeSize);
                    s.setString(2, receipt.type());
                    s.setString(3, receipt.txId());
                    s.setObject(4, receipt.block());
                    Jdbc.setInstant(s, 5, anchoredAt);
                }));
    }

    @Override
    public List<AnchorReceipt> receipts(long treeSize) {
        return jdbc.query("select anchor_type, tx_id, block_number from ledger_anchor_receipt where tree_size = ? order by anchored_at, anchor_type",
                s -> s.setLong(1, treeSize),
                row -> new AnchorReceipt(row.getString(1), row.getString(2), row.getObject(3) == null ? null : row.getLong(3)));
    }

    private static SignedCheckpoint toCheckpoint(ResultSet row) throws SQLException {
        return new SignedCheckpoint(row.getString("origin"), row.getLong("tree_size"), row.getString("root_hash"),
                row.getString("hash_algorithm"), row.getString("signature"), row.getString("public_key"), Jdbc.getInstant(row, "created_at"));
    }
}
