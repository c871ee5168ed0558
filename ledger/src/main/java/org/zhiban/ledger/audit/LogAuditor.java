package org.zhiban.ledger.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhiban.ledger.anchor.Anchor;
import org.zhiban.ledger.checkpoint.CheckpointStore;
import org.zhiban.ledger.checkpoint.SignedCheckpoint;
import org.zhiban.ledger.log.LogIdentity;
import org.zhiban.ledger.log.LogStore;
import org.zhiban.ledger.merkle.MerkleHasher;
import org.zhiban.ledger.proof.ProofService;

/**
 * 日志审计: recomputes every leaf from its stored entry and the whole tree against every signed checkpoint and the
 * anchor, and names each tampered record (record id and leaf index). Also verifies the records of one case.
 * Reads only; it never repairs anything.
 */
public final class LogAuditor {

    private final LogStore store;
    private final CheckpointStore checkpoints;
    private final LogIdentity identity;
    private final SignedHeads signedHeads;
    private final CaseVerifier caseVerifier;

    /**
     * @param trustedPublicKeys the log's checkpoint keys (base64 X.509); empty to accept any key that verifies
     * @param anchor            the anchor checkpoints are delivered to, or null to skip anchor checks
     */
    public LogAuditor(LogStore store, CheckpointStore checkpoints, LogIdentity identity, Set<String> trustedPublicKeys, Anchor anchor) {
        this.store = store;
        this.checkpoints = checkpoints;
        this.identity = identity;
        this.signedHeads = new SignedHeads(checkpoints, anchor, identity, Set.copyOf(trustedPublicKeys));
        this.caseVerifier = new CaseVerifier(store, new ProofService(store, checkpoints, identity.hashAlgorithm()),
                identity.hashAlgorithm(), trustedPublicKeys);
    }

    /** The whole log. Cost grows with the log (one pass over all entries), so run it off the request path. */
    public AuditReport audit() {
        List<AuditFinding> findings = new ArrayList<>();
        List<SignedCheckpoint> heads = signedHeads.collect(findings);
        long records = new LeafReplay(store, new MerkleHasher(identity.hashAlgorithm()), heads, findings).run();
        return new AuditReport(records, checkpoints.all().size(), List.copyOf(findings));
    }

    /** Every record of the case, each ✓ (verified), ✗ (failed, with the reason) or pending (no checkpoint yet). */
    public CaseVerification verifyCase(String caseId) {
        return caseVerifier.verify(caseId);
    }
}
