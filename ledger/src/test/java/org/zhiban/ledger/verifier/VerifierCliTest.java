package org.zhiban.ledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhiban.ledger.hash.HashAlgorithm;
import org.zhiban.ledger.testing.Ledger;
import org.zhiban.ledger.testing.Records;
import org.zhiban.ledger.testing.TestDatabase;

class VerifierCliTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private final Ledger ledger = new Ledger(TestDatabase.h2(), HashAlgorithm.SM3);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path proofFile;

    @BeforeEach
    void a_proof_file() throws Exception {
        String recordId = ledger.log.append(Records.approval("C-1", "同意")).recordId();
        ledger.log.append(Records.comment("C-1", 2));
        ledger.checkpointAndAnchor();
        proofFile = dir.resolve("proof.json");
        Files.writeString(proofFile, json.writeValueAsString(ledger.proofs.prove(recordId)));
    }

    @Test
    void prints_ok_and_exits_0_for_a_valid_proof() {
        assertThat(run(proofFile.toString())).isEqualTo(0);
        assertThat(stdout()).startsWith("OK record ");
    }

    @Test
    void checks_the_key_when_told_which_one_to_trust() {
        assertThat(run(proofFile.toString(), "--trusted-key", ledger.signer.publicKeyBase64())).isEqualTo(0);
        assertThat(stdout()).contains("trusted key");
    }

    @Test
    void prints_the_reason_and_exits_1_for_an_edited_proof() throws Exception {
        ObjectNode proof = (ObjectNode) json.readTree(proofFile.toFile());
        proof.put("entry", proof.get("entry").asText().replace("同意", "不同意"));
        Files.writeString(proofFile, json.writeValueAsString(proof));

        assertThat(run(proofFile.toString())).isEqualTo(1);
        assertThat(stdout()).startsWith("INVALID ").contains("entry was changed");
    }

    @Test
    void exits_2_on_a_missing_file_or_wrong_arguments() {
        assertThat(run(dir.resolve("nope.json").toString())).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
    }

    @Test
    void exits_2_on_a_file_that_holds_no_json_object() throws Exception {
        Files.writeString(proofFile, "garbage {");
        assertThat(run(proofFile.toString())).isEqualTo(2);

        Files.writeString(proofFile, "");
        assertThat(run(proofFile.toString())).isEqualTo(2);
    }

    @Test
    void verifies_a_consistency_proof_file_too() throws Exception {
        ledger.log.append(Records.comment("C-1", 3));
        ledger.checkpointAndAnchor();
        Path consistency = dir.resolve("consistency.json");
        Files.writeString(consistency, json.writeValueAsString(ledger.proofs.proveConsistency(2, 3)));

        assertThat(run(consistency.toString())).isEqualTo(0);
        assertThat(stdout()).contains("extends the log at size 2");
    }

    private int run(String... args) {
        return VerifierCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
