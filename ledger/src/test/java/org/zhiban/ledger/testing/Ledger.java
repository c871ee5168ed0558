package org.zhiban.ledger.testing;

import java.security.KeyPair;
import java.time.Instant;
import java.util.Set;
import org.zhiban.ledger.anchor.AnchorPump;
import org.zhiban.ledger.anchor.LocalAnchor;
import org.zhiban.ledger.audit.LogAuditor;
import org.zhiban.ledger.checkpoint.CheckpointPolicy;
import org.zhiban.ledger.checkpoint.CheckpointSigner;
import org.zhiban.ledger.checkpoint.Checkpointer;
import org.zhiban.ledger.checkpoint.JdbcCheckpointStore;
import org.zhiban.ledger.checkpoint.SignatureScheme;
import org.zhiban.ledger.checkpoint.SigningKeys;
import org.zhiban.ledger.hash.HashAlgorithm;
import org.zhiban.ledger.log.JdbcLogStore;
import org.zhiban.ledger.log.ReviewLog;
import org.zhiban.ledger.proof.ProofService;

/** The whole ledger wired over one test database, the way the app wires it. */
public final class Ledger {

    public final TestDatabase db;
    public final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:30:00Z"));
    public final JdbcLogStore store;
    public final ReviewLog log;
    public final JdbcCheckpointStore checkpoints;
    public final CheckpointSigner signer;
    public final Checkpointer checkpointer;
    public final LocalAnchor anchor;
    public final AnchorPump pump;
    public final ProofService proofs;
    public final LogAuditor auditor;

    public Ledger(TestDatabase db, HashAlgorithm algorithm) {
        this.db = db;
        KeyPair keys = SigningKeys.generate(SignatureScheme.ED25519);
        store = new JdbcLogStore(db.dataSource(), clock);
        log = new ReviewLog(store, algorithm, clock);
        checkpoints = new JdbcCheckpointStore(db.dataSource());
        signer = new CheckpointSigner(keys);
        checkpointer = new Checkpointer(log, checkpoints, signer, clock, CheckpointPolicy.DEFAULT);
        anchor = new LocalAnchor(db.dataSource(), algorithm, clock);
        pump = new AnchorPump(checkpoints, anchor, clock);
        proofs = new ProofService(store, checkpoints, algorithm);
        auditor = new LogAuditor(store, checkpoints, log.identity(), Set.of(signer.publicKeyBase64()), anchor);
    }

    /** Checkpoints the current head and anchors it. */
    public void checkpointAndAnchor() {
        checkpointer.checkpointNow();
        pump.pump();
    }
}
