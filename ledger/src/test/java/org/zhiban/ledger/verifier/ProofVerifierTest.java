package org.zhiban.ledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhiban.ledger.checkpoint.CheckpointSigner;
import org.zhiban.ledger.checkpoint.SignatureScheme;
import org.zhiban.ledger.checkpoint.SigningKeys;
import org.zhiban.ledger.hash.HashAlgorithm;
import org.zhiban.ledger.hash.Hex;
import org.zhiban.ledger.merkle.MerkleHasher;
import org.zhiban.ledger.proof.ProofCheckpoint;
import org.zhiban.ledger.proof.RecordProof;
import org.zhiban.ledger.testing.Ledger;
import org.zhiban.ledger.testing.Records;
import org.zhiban.ledger.testing.TestDatabase;

class ProofVerifierTest {

    private final Ledger ledger = new Ledger(TestDatabase.h2(), HashAlgorithm.SHA_256);
    private final ProofVerifier verifier = new ProofVerifier();
    private RecordProof proof;

    @BeforeEach
    void a_proof_of_the_fourth_of_seven_records() {
        String recordId = null;
        for (int i = 0; i < 7; i++) {
            String id = ledger.log.append(Records.approval("C-1", "意见" + i)).recordId();
            recordId = i == 3 ? id : recordId;
        }
        ledger.checkpointAndAnchor();
        proof = ledger.proofs.prove(recordId);
    }

    @Test
    void accepts_an_untouched_proof() {
        assertThat(verifier.verify(proof)).extracting(VerificationResult::valid).isEqualTo(true);
        assertThat(new ProofVerifier(Set.of(ledger.signer.publicKeyBase64())).verify(proof).valid()).isTrue();
    }

    @Test
    void detects_an_edited_entry() {
        RecordProof edited = withEntry(proof.entry().replace("意见3", "意见X"));

        assertThat(verifier.verify(edited).reason()).contains("leafHash");
    }

    @Test
    void detects_an_edited_entry_whose_leaf_hash_was_recomputed() {
        RecordProof edited = withEntry(proof.entry().replace("意见3", "意见X"));
        String leafHash = Hex.encode(new MerkleHasher(HashAlgorithm.SHA_256).leafHash(edited.entry()));
        RecordProof recomputed = new RecordProof(edited.recordId(), edited.entry(), edited.hashAlgorithm(), edited.leafIndex(),
                edited.treeSize(), leafHash, edited.auditPath(), edited.rootHash(), edited.checkpoint(), edited.anchor());

        assertThat(verifier.verify(recomputed).reason()).contains("audit path leads to root");
    }

    @Test
    void detects_an_edited_audit_path() {
        List<String> path = new ArrayList<>(proof.auditPath());
        path.set(1, "00".repeat(32));
        RecordProof edited = new RecordProof(proof.recordId(), proof.entry(), proof.hashAlgorithm(), proof.leafIndex(), proof.treeSize(),
                proof.leafHash(), path, proof.rootHash(), proof.checkpoint(), proof.anchor());

        assertThat(verifier.verify(edited).valid()).isFalse();
    }

    @Test
    void detects_a_root_that_is_not_the_signed_one() {
        ProofCheckpoint c = proof.checkpoint();
        RecordProof edited = withCheckpoint(new ProofCheckpoint(c.origin(), c.treeSize(), "ab".repeat(32), c.signature(), c.publicKey()));

        assertThat(verifier.verify(edited).reason()).contains("signed checkpoint");
    }

    @Test
    void detects_a_checkpoint_signed_by_another_key() {
        CheckpointSigner forger = new CheckpointSigner(SigningKeys.generate(SignatureScheme.ED25519));
        ProofCheckpoint c = proof.checkpoint();
        RecordProof forged = withCheckpoint(new ProofCheckpoint(c.origin(), c.treeSize(), c.rootHash(), c.signature(), forger.publicKeyBase64()));

        assertThat(verifier.verify(forged).reason()).contains("signature does not verify");
        assertThat(new ProofVerifier(Set.of(forger.publicKeyBase64())).verify(proof).reason()).contains("not trusted");
    }

    @Test
    void detects_a_proof_claiming_another_hash_algorithm() {
        RecordProof edited = new RecordProof(proof.recordId(), proof.entry(), "SM3", proof.leafIndex(), proof.treeSize(), proof.leafHash(),
                proof.auditPath(), proof.rootHash(), proof.checkpoint(), proof.anchor());

        assertThat(verifier.verify(edited).valid()).isFalse();
    }

    private RecordProof withEntry(String entry) {
        return new RecordProof(proof.recordId(), entry, proof.hashAlgorithm(), proof.leafIndex(), proof.treeSize(), proof.leafHash(),
                proof.auditPath(), proof.rootHash(), proof.checkpoint(), proof.anchor());
    }

    private RecordProof withCheckpoint(ProofCheckpoint checkpoint) {
        return new RecordProof(proof.recordId(), proof.entry(), proof.hashAlgorithm(), proof.leafIndex(), proof.treeSize(), proof.leafHash(),
                proof.auditPath(), proof.rootHash(), checkpoint, proof.anchor());
    }
}
