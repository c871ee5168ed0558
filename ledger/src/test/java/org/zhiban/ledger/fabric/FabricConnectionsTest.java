package org.zhiban.ledger.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hyperledger.fabric.client.identity.Identity;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhiban.ledger.anchor.AnchorReceipt;
import org.zhiban.ledger.anchor.AnchorUnavailableException;
import org.zhiban.ledger.checkpoint.SignedCheckpoint;

class FabricConnectionsTest {

    @TempDir
    Path directory;

    final TestIdentity application = TestIdentity.create("ZhibanMSP", "zhiban-app");
    final Map<String, String> properties = new HashMap<>();

    /** Writes the application's identity as Fabric's MSP layout has it: signcerts/cert.pem and keystore/priv_sk. */
    void configure(String peerEndpoint) throws IOException {
        Path certificate = Files.writeString(Files.createDirectories(directory.resolve("signcerts")).resolve("cert.pem"),
                application.certificatePem());
        Path keystore = Files.createDirectories(directory.resolve("keystore"));
        Files.writeString(keystore.resolve("priv_sk"), application.privateKeyPem());
        properties.put("zhiban.ledger.fabric.peer-endpoint", peerEndpoint);
        properties.put("zhiban.ledger.fabric.msp-id", "ZhibanMSP");
        properties.put("zhiban.ledger.fabric.cert", certificate.toString());
        properties.put("zhiban.ledger.fabric.key", keystore.toString());
    }

    FabricSettings settings() {
        return FabricSettings.fromProperties(properties::get);
    }

    static SignedCheckpoint checkpoint() {
        return new SignedCheckpoint("zhiban.gov.cn/review-log/SHA-256", 7, "0f".repeat(32), "SHA-256",
                "c2lnbmF0dXJl", "cHVibGljLWtleQ==", Instant.parse("2025-03-01T08:00:00Z"));
    }

    @Test
    void the_identity_and_signer_are_read_from_pem_files_in_the_msp_layout() throws Exception {
        configure("localhost:7051");

        Identity identity = FabricConnections.identity(settings());
        Signer signer = FabricConnections.signer(settings());

        assertThat(identity).isEqualTo(application.identity());
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("checkpoint".getBytes());
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(((X509Identity) identity).getCertificate());
        verifier.update("checkpoint".getBytes());
        assertThat(verifier.verify(signer.sign(digest))).isTrue();
    }

    @Test
    void a_keystore_with_more_than_one_key_is_refused_rather_than_guessed() throws Exception {
        configure("localhost:7051");
        Files.writeString(directory.resolve("keystore").resolve("other_sk"), application.privateKeyPem());

        assertThatThrownBy(() -> FabricConnections.signer(settings()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Expected exactly one key file");
    }

    @Test
    void an_anchor_built_from_properties_alone_anchors_over_tls() throws Exception {
        TestIdentity peerTls = TestIdentity.create("PeerOrgMSP", "peer0.org1.zhiban.gov.cn");
        try (EmulatedFabricPeer peer = EmulatedFabricPeer.startWithTls(peerTls)) {
            configure("localhost:" + peer.port());
            properties.put("zhiban.ledger.fabric.tls-ca-cert",
                    Files.writeString(directory.resolve("tls-ca.pem"), peerTls.certificatePem()).toString());
            properties.put("zhiban.ledger.fabric.override-authority", "peer0.org1.zhiban.gov.cn");

            try (FabricAnchor anchor = FabricAnchor.connect(settings())) {
                AnchorReceipt receipt = anchor.anchor(checkpoint());

                assertThat(receipt.block()).isEqualTo(1L);
                assertThat(anchor.findByRoot(checkpoint().origin(), checkpoint().rootHash()))
                        .map(found -> found.receipt()).contains(receipt);
            }
        }
    }

    @Test
    void a_peer_whose_tls_certificate_is_not_trusted_is_unavailable() throws Exception {
        TestIdentity peerTls = TestIdentity.create("PeerOrgMSP", "peer0.org1.zhiban.gov.cn");
        TestIdentity someOtherCa = TestIdentity.create("OtherMSP", "peer0.org1.zhiban.gov.cn");
        try (EmulatedFabricPeer peer = EmulatedFabricPeer.startWithTls(peerTls)) {
            configure("localhost:" + peer.port());
            properties.put("zhiban.ledger.fabric.tls-ca-cert",
                    Files.writeString(directory.resolve("tls-ca.pem"), someOtherCa.certificatePem()).toString());
            properties.put("zhiban.ledger.fabric.override-authority", "peer0.org1.zhiban.gov.cn");

            try (FabricAnchor anchor = FabricAnchor.connect(settings())) {
                assertThatThrownBy(() -> anchor.anchor(checkpoint())).isInstanceOf(AnchorUnavailableException.class);
            }
            assertThat(peer.blockHeight()).isEqualTo(1);
        }
    }

    @Test
    void a_peer_nobody_listens_on_is_unavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        configure("localhost:" + closedPort);

        try (FabricAnchor anchor = FabricAnchor.connect(settings())) {
            assertThatThrownBy(() -> anchor.anchor(checkpoint()))
                    .isInstanceOf(AnchorUnavailableException.class)
                    .hasMessageContaining("UNAVAILABLE");
        }
    }
}
