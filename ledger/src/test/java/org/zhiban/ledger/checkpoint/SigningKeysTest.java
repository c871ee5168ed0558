package org.zhiban.ledger.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zhiban.ledger.hash.HashAlgorithm;
import org.zhiban.ledger.log.LogIdentity;
import org.zhiban.ledger.log.TreeHead;

class SigningKeysTest {

    @TempDir
    Path dir;

    @Test
    void creates_a_key_file_on_first_start_and_reads_the_same_key_afterwards() throws Exception {
        Path file = dir.resolve("keys/checkpoint-key.pem");

        KeyPair created = SigningKeys.loadOrCreate(file, SignatureScheme.ED25519);
        KeyPair reloaded = SigningKeys.loadOrCreate(file, SignatureScheme.ED25519);

        assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(reloaded.getPrivate().getEncoded()).isEqualTo(created.getPrivate().getEncoded());
        assertThat(reloaded.getPublic().getEncoded()).isEqualTo(created.getPublic().getEncoded());
    }

    @ParameterizedTest
    @EnumSource(SignatureScheme.class)
    void derives_the_public_key_when_configuration_holds_only_the_private_key(SignatureScheme scheme) {
        KeyPair keys = SigningKeys.generate(scheme);
        String base64Pkcs8 = Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded());

        KeyPair loaded = SigningKeys.fromPem(base64Pkcs8);

        assertThat(loaded.getPublic().getEncoded()).isEqualTo(keys.getPublic().getEncoded());
    }

    @ParameterizedTest
    @EnumSource(SignatureScheme.class)
    void a_checkpoint_signature_verifies_and_breaks_when_the_note_changes(SignatureScheme scheme) {
        CheckpointSigner signer = new CheckpointSigner(SigningKeys.generate(scheme));
        String note = SignedCheckpoint.signedNote("zhiban/review-log/SM3", 5, "ab".repeat(32));
        String othersSignature = CheckpointSignatures.sign(SigningKeys.generate(scheme).getPrivate(), note);
        SignedCheckpoint checkpoint = signer.sign(LogIdentity.of(HashAlgorithm.SM3), new TreeHead(5, "ab".repeat(32)), Instant.EPOCH);

        assertThat(CheckpointSignatures.verify(checkpoint)).isTrue();
        assertThat(CheckpointSignatures.verify(checkpoint.publicKey(), SignedCheckpoint.signedNote("zhiban/review-log/SM3", 6, "ab".repeat(32)),
                checkpoint.signature())).isFalse();
        assertThat(CheckpointSignatures.verify(checkpoint.publicKey(), note, othersSignature)).as("someone else's signature").isFalse();
    }

    @Test
    void refuses_text_that_is_no_private_key() {
        assertThatThrownBy(() -> SigningKeys.fromPem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
