package org.zhiban.ledger.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhiban.ledger.hash.HashAlgorithm;
import org.zhiban.ledger.log.AppendedRecord;
import org.zhiban.ledger.testing.Ledger;
import org.zhiban.ledger.testing.Records;
import org.zhiban.ledger.testing.TestDatabase;
import org.zhiban.ledger.verifier.ProofVerifier;

class ProofServiceTest {

    private final Ledger ledger = new Ledger(TestDatabase.h2(), HashAlgorithm.SM3);

    @Test
    void proves_every_record_against_the_latest_checkpoint() {
        List<AppendedRecord> appended = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            appended.add(ledger.log.append(Records.comment("C-" + (i % 4), i)));
        }
        ledger.checkpointAndAnchor();
        ProofVerifier verifier = new ProofVerifier(Set.of(ledger.signer.publicKeyBase64()));

        for (AppendedRecord record : appended) {
            RecordProof proof = ledger.proofs.prove(record.recordId());
            assertThat(proof.leafIndex()).isEqualTo(record.leafIndex());
            assertThat(proof.leafHash()).isEqualTo(record.leafHash());
            assertThat(proof.treeSize()).isEqualTo(21);
            assertThat(proof.anchor().type()).isEqualTo("local");
            assertThat(verifier.verify(proof).valid()).as("leaf %d", record.leafIndex()).isTrue();
        }
    }

    @Test
    void serialises_to_exactly_the_published_shape() throws Exception {
        AppendedRecord record = ledger.log.append(Records.approval("C-1", "同意"));
        ledger.log.append(Records.comment("C-1", 2));
        ledger.checkpointer.checkpointNow();

        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(ledger.proofs.prove(record.recordId())));

        assertThat(fieldNames(json)).containsExactly("recordId", "entry", "hashAlgorithm", "leafIndex", "treeSize", "leafHash",
                "auditPath", "rootHash", "checkpoint", "anchor");
        assertThat(fieldNames(json.get("checkpoint"))).containsExactly("origin", "treeSize", "rootHash", "signature", "publicKey");
        assertThat(json.get("anchor").isNull()).as("not anchored yet").isTrue();
        assertThat(json.get("hashAlgorithm").asText()).isEqualTo("SM3");
        assertThat(json.get("auditPath").get(0).asText()).matches("[0-9a-f]{64}");

        ledger.pump.pump();
        JsonNode anchored = new ObjectMapper().valueToTree(ledger.proofs.prove(record.recordId()));
        assertThat(fieldNames(anchored.get("anchor"))).containsExactly("type", "txId", "block");
    }

    @Test
    void says_so_distinctly_when_no_checkpoint_covers_the_record_yet() {
        ledger.log.append(Records.comment("C-1", 1));
        ledger.checkpointer.checkpointNow();
        AppendedRecord fresh = ledger.log.append(Records.comment("C-1", 2));

        assertThatThrownBy(() -> ledger.proofs.prove(fresh.recordId()))
                .isInstanceOfSatisfying(NotYetCheckpointedException.class, e -> {
                    assertThat(e.leafIndex()).isEqualTo(1);
                    assertThat(e.latestCheckpointSize()).isEqualTo(1);
                });
        assertThatThrownBy(() -> ledger.proofs.prove("00000000-0000-0000-0000-000000000000")).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void proves_that_a_later_checkpoint_extends_an_earlier_one() {
        for (int i = 0; i < 5; i++) {
            ledger.log.append(Records.comment("C-1", i));
        }
        ledger.checkpointer.checkpointNow();
        for (int i = 0; i < 8; i++) {
            ledger.log.append(Records.comment("C-2", i));
        }
        ledger.checkpointer.checkpointNow();

        ConsistencyProof proof = ledger.proofs.proveConsistency(5, 13);

        assertThat(new ProofVerifier().verify(proof).valid()).isTrue();
        ConsistencyProof swapped = new ConsistencyProof(proof.hashAlgorithm(), proof.second(), proof.first(), proof.consistencyPath());
        assertThat(new ProofVerifier().verify(swapped).valid()).isFalse();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
