package org.zhiban.ledger.audit;

import static org.zhiban.ledger.audit.RecordCheck.Status.FAILED;
import static org.zhiban.ledger.audit.RecordCheck.Status.PENDING;
import static org.zhiban.ledger.audit.RecordCheck.Status.VERIFIED;

import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import org.zhiban.ledger.hash.HashAlgorithm;
import org.zhiban.ledger.log.LogStore;
import org.zhiban.ledger.log.StoredRecord;
import org.zhiban.ledger.merkle.MerkleHasher;
import org.zhiban.ledger.merkle.NodeId;
import org.zhiban.ledger.proof.NotYetCheckpointedException;
import org.zhiban.ledger.proof.ProofService;
import org.zhiban.ledger.verifier.ProofVerifier;
import org.zhiban.ledger.verifier.VerificationResult;

/** 案件核验器: proves each record of a case against the latest checkpoint and verifies the proof as an outsider would. */
final class CaseVerifier {

    private final LogStore store;
    private final ProofService proofs;
    private final MerkleHasher hasher;
    private final ProofVerifier verifier;

    CaseVerifier(LogStore store, ProofService proofs, HashAlgorithm algorithm, Set<String> trustedPublicKeys) {
        this.store = store;
        this.proofs = proofs;
        this.hasher = new MerkleHasher(algorithm);
        this.verifier = new ProofVerifier(trustedPublicKeys);
    }

    CaseVerification verify(String caseId) {
        List<RecordCheck> checks = store.findByCaseId(caseId).stream().map(this::check).toList();
        return new CaseVerification(caseId, checks);
    }

    private RecordCheck check(StoredRecord row) {
        byte[] storedLeaf = store.nodes(List.of(new NodeId(0, row.leafIndex()))).get(new NodeId(0, row.leafIndex()));
        if (storedLeaf == null || !MessageDigest.isEqual(storedLeaf, hasher.leafHash(row.entry()))) {
            return new RecordCheck(row.recordId(), row.leafIndex(), FAILED, "the entry was edited after it was logged");
        }
        try {
            VerificationResult result = verifier.verify(proofs.prove(row.recordId()));
            return new RecordCheck(row.recordId(), row.leafIndex(), result.valid() ? VERIFIED : FAILED, result.reason());
        } catch (NotYetCheckpointedException e) {
            return new RecordCheck(row.recordId(), row.leafIndex(), PENDING, e.getMessage());
        } catch (IllegalStateException e) {
            return new RecordCheck(row.recordId(), row.leafIndex(), FAILED, e.getMessage());
        }
    }
}
