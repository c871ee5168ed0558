package org.zhiban.ledger.anchor;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.zhiban.ledger.checkpoint.SignedCheckpoint;
import org.zhiban.ledger.hash.HashAlgorithm;
import org.zhiban.ledger.hash.Hex;
import org.zhiban.ledger.jdbc.Jdbc;

/**
 * 本地锚定: the embedded anchor. Checkpoints are written to {@code ledger_local_anchor} as a hash chain:
 * chain_hash = H(previous chain_hash ‖ "\n" ‖ signed note ‖ signature ‖ "\n"), the first row chaining from {@link #GENESIS}.
 * The receipt's txId is the chain hash and its block the chain position. It guards against edits that skip the
 * anchor table; an attacker who can rewrite every table is the reason for the Fabric anchor.
 */
public final class LocalAnchor implements Anchor {

    public static final String TYPE = "local";
    public static final String GENESIS = "0".repeat(64);
    private static final String COLUMNS = "select chain_position, origin, tree_size, root_hash, hash_algorithm, signature, public_key,"
            + " checkpoint_created_at, previous_hash, chain_hash from ledger_local_anchor ";

    private final Jdbc jdbc;
    private final HashAlgorithm chainHash;
    private final Clock clock;

    public LocalAnchor(DataSource dataSource, HashAlgorithm chainHash, Clock clock) {
        this.jdbc = new Jdbc(dataSource);
        this.chainHash = chainHash;
        this.clock = clock;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public synchronized AnchorReceipt anchor(SignedCheckpoint checkpoint) {
        return jdbc.inTransaction(connection -> {
            Optional<ChainLink> existing = select(connection, "where origin = ? and tree_size = ?", checkpoint.origin(), checkpoint.treeSize());
            if (existing.isPresent()) {
                if (!existing.get().checkpoint().rootHash().equals(checkpoint.rootHash())) {
                    throw new AnchorConflictException("the local anchor holds root " + existing.get().checkpoint().rootHash()
                            + " for " + checkpoint.origin() + " size " + checkpoint.treeSize() + ", not " + checkpoint.rootHash());
                }
                return existing.get().receipt();
            }
            Optional<ChainLink> last = select(connection, "order by chain_position desc limit 1");
            long position = last.map(l -> l.position() + 1).orElse(0L);
            String previous = last.map(ChainLink::chainHash).orElse(GENESIS);
            String hash = chainHash(previous, checkpoint);
            Jdbc.update(connection, "insert into ledger_local_anchor (chain_position, origin, tree_size, root_hash, hash_algorithm, signature,"
                    + " public_key, checkpoint_created_at, previous_hash, chain_hash, anchored_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
                        s.setLong(1, position);
                        s.setString(2, checkpoint.origin());
                        s.setLong(3, checkpoint.treeSize());
                        s.setString(4, checkpoint.rootHash());
                        s.setString(5, checkpoint.hashAlgorithm());
                        s.setString(6, checkpoint.signature());
                        s.setString(7, checkpoint.publicKey());
                        Jdbc.setInstant(s, 8, checkpoint.createdAt());
                        s.setString(9, previous);
                        s.setString(10, hash);
                        Jdbc.setInstant(s, 11, clock.instant());
                    });
            return new AnchorReceipt(TYPE, hash, position);
        });
    }

    @Override
    public Optional<AnchoredCheckpoint> findBySize(String origin, long treeSize) {
        return jdbc.inTransaction(c -> select(c, "where origin = ? and tree_size = ?", origin, treeSize))
                .map(link -> new AnchoredCheckpoint(link.checkpoint(), link.receipt()));
    }

    @Override
    public Optional<AnchoredCheckpoint> findByRoot(String origin, String rootHash) {
        return jdbc.inTransaction(c -> select(c, "where origin = ? and root_hash = ?", origin, rootHash))
                .map(link -> new AnchoredCheckpoint(link.checkpoint(), link.receipt()));
    }

    /** The whole chain in position order, for the auditor. */
    public List<ChainLink> chain() {
        return jdbc.query(COLUMNS + "order by chain_position", s -> { }, LocalAnchor::toLink);
    }

    /** The hash a link must carry given its predecessor's; the auditor recomputes the chain with it. */
    public String chainHash(String previousHash, SignedCheckpoint checkpoint) {
        String linked = previousHash + "\n" + checkpoint.signedNote() + checkpoint.signature() + "\n";
        return Hex.encode(chainHash.hash(linked.getBytes(StandardCharsets.UTF_8)));
    }

    /** One row of the local anchor chain. */
    public record ChainLink(long position, SignedCheckpoint checkpoint, String previousHash, String chainHash) {
        public AnchorReceipt receipt() {
            return new AnchorReceipt(TYPE, chainHash, position);
        }
    }

    private static Optional<ChainLink> select(Connection connection, String where, Object... parameters) throws SQLException {
        return Jdbc.query(connection, COLUMNS + where, s -> {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
        }, LocalAnchor::toLink).stream().findFirst();
    }

    private static ChainLink toLink(ResultSet row) throws SQLException {
        SignedCheckpoint checkpoint = new SignedCheckpoint(row.getString("origin"), row.getLong("tree_size"), row.getString("root_hash"),
                row.getString("hash_algorithm"), row.getString("signature"), row.getString("public_key"),
                Jdbc.getInstant(row, "checkpoint_created_at"));
        return new ChainLink(row.getLong("chain_position"), checkpoint, row.getString("previous_hash"), row.getString("chain_hash"));
    }
}
