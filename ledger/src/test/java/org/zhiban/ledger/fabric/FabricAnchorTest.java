package org.zhiban.ledger.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zhiban.ledger.anchor.Anchor.AnchoredCheckpoint;
import org.zhiban.ledger.anchor.AnchorConflictException;
import org.zhiban.ledger.anchor.AnchorReceipt;
import org.zhiban.ledger.anchor.AnchorUnavailableException;
import org.zhiban.ledger.checkpoint.SignedCheckpoint;

class FabricAnchorTest {

    static final String ORIGIN = "zhiban.gov.cn/review-log/SM3";
    static final String ROOT_A = "a1".repeat(32);
    static final String ROOT_B = "b2".repeat(32);

    final EmulatedFabricPeer peer = EmulatedFabricPeer.start();
    final TestIdentity application = TestIdentity.create("ZhibanMSP", "zhiban-app");
    final FabricAnchor anchor = anchorFor(application);

    FabricAnchor anchorFor(TestIdentity identity) {
        return new FabricAnchor(peer.connect(), identity.identity(), identity.signer(),
                EmulatedFabricPeer.CHANNEL, EmulatedFabricPeer.CHAINCODE, FabricSettings.Timeouts.DEFAULTS);
    }

    static SignedCheckpoint checkpoint(long treeSize, String rootHash) {
        return new SignedCheckpoint(ORIGIN, treeSize, rootHash, "SM3", "c2lnbmF0dXJl", "cHVibGljLWtleQ==",
                Instant.parse("2025-03-01T08:00:00.123456Z"));
    }

    @AfterEach
    void shutDown() throws InterruptedException {
        anchor.close();
        peer.close();
    }

    @Test
    void anchoring_a_checkpoint_returns_its_fabric_transaction_and_block() {
        AnchorReceipt receipt = anchor.anchor(checkpoint(42, ROOT_A));

        assertThat(receipt.type()).isEqualTo("fabric");
        assertThat(receipt.txId()).matches("[0-9a-f]{64}");
        assertThat(receipt.block()).isEqualTo(1L);
        assertThat(peer.blockHeight()).isEqualTo(2);
        assertThat(peer.worldStateKeyCount()).isEqualTo(2);
    }

    @Test
    void successive_checkpoints_land_in_successive_blocks() {
        AnchorReceipt first = anchor.anchor(checkpoint(1, ROOT_A));
        AnchorReceipt second = anchor.anchor(checkpoint(2, ROOT_B));

        assertThat(second.block()).isEqualTo(first.block() + 1);
        assertThat(second.txId()).isNotEqualTo(first.txId());
    }

    @Test
    void anchoring_the_same_checkpoint_again_returns_the_first_receipt_without_a_second_write() {
        AnchorReceipt first = anchor.anchor(checkpoint(42, ROOT_A));
        long height = peer.blockHeight();

        AnchorReceipt again = anchor.anchor(checkpoint(42, ROOT_A));

        assertThat(again).isEqualTo(first);
        assertThat(peer.blockHeight()).isEqualTo(height);
    }

    @Test
    void a_different_root_for_an_anchored_size_is_a_conflict_and_changes_nothing() {
        AnchorReceipt first = anchor.anchor(checkpoint(42, ROOT_A));

        assertThatThrownBy(() -> anchor.anchor(checkpoint(42, ROOT_B)))
                .isInstanceOf(AnchorConflictException.class)
                .hasMessageContaining("anchored with root " + ROOT_A)
                .hasMessageContaining(first.txId());
        assertThat(anchor.findBySize(ORIGIN, 42)).map(found -> found.checkpoint().rootHash()).contains(ROOT_A);
    }

    @Test
    void a_root_already_anchored_for_another_size_is_a_conflict_refused_by_the_chaincode() {
        anchor.anchor(checkpoint(42, ROOT_A));
        long height = peer.blockHeight();

        assertThatThrownBy(() -> anchor.anchor(checkpoint(43, ROOT_A)))
                .isInstanceOf(AnchorConflictException.class)
                .hasMessageContaining("already anchored for tree size 42");
        assertThat(peer.blockHeight()).isEqualTo(height);
    }

    @Test
    void an_anchored_checkpoint_is_found_by_size_and_by_root_with_its_receipt() {
        SignedCheckpoint checkpoint = checkpoint(42, ROOT_A);
        AnchorReceipt receipt = anchor.anchor(checkpoint);
        AnchoredCheckpoint expected = new AnchoredCheckpoint(checkpoint, receipt);

        assertThat(anchor.findBySize(ORIGIN, 42)).contains(expected);
        assertThat(anchor.findByRoot(ORIGIN, ROOT_A)).contains(expected);
    }

    @Test
    void nothing_is_found_for_a_size_or_root_never_anchored() {
        anchor.anchor(checkpoint(42, ROOT_A));

        assertThat(anchor.findBySize(ORIGIN, 43)).isEmpty();
        assertThat(anchor.findByRoot(ORIGIN, ROOT_B)).isEmpty();
        assertThat(anchor.findBySize("another.gov.cn/review-log/SM3", 42)).isEmpty();
    }

    @Test
    void while_the_peer_is_down_anchoring_is_unavailable_and_writes_nothing() {
        peer.takeDown();

        assertThatThrownBy(() -> anchor.anchor(checkpoint(42, ROOT_A)))
                .isInstanceOf(AnchorUnavailableException.class)
                .hasMessageContaining("UNAVAILABLE");
        assertThatThrownBy(() -> anchor.findByRoot(ORIGIN, ROOT_A)).isInstanceOf(AnchorUnavailableException.class);
        assertThat(peer.blockHeight()).isEqualTo(1);
        assertThat(peer.worldStateKeyCount()).isZero();
    }

    @Test
    void once_the_peer_is_back_anchoring_works_again() {
        peer.takeDown();
        assertThatThrownBy(() -> anchor.anchor(checkpoint(42, ROOT_A))).isInstanceOf(AnchorUnavailableException.class);

        peer.bringBack();

        assertThat(anchor.anchor(checkpoint(42, ROOT_A)).block()).isEqualTo(1L);
    }

    @Test
    void a_commit_the_client_could_not_confirm_is_found_and_confirmed_on_the_retry() {
        peer.goDownAfterNextSubmit();
        assertThatThrownBy(() -> anchor.anchor(checkpoint(42, ROOT_A))).isInstanceOf(AnchorUnavailableException.class);
        long height = peer.blockHeight();

        peer.bringBack();
        AnchorReceipt retried = anchor.anchor(checkpoint(42, ROOT_A));

        assertThat(retried.block()).isEqualTo(1L);
        assertThat(peer.blockHeight()).isEqualTo(height);
    }

    @Test
    void a_rewrite_anchored_by_another_application_just_before_our_endorsement_is_a_conflict() {
        FabricAnchor other = anchorFor(TestIdentity.create("ZhibanMSP", "other-app"));
        peer.runBeforeNextEndorsement(() -> other.anchor(checkpoint(42, ROOT_B)));

        assertThatThrownBy(() -> anchor.anchor(checkpoint(42, ROOT_A)))
                .isInstanceOf(AnchorConflictException.class)
                .hasMessageContaining("anchored with root " + ROOT_B);
    }

    @Test
    void the_same_checkpoint_anchored_by_another_application_just_before_ours_gives_both_the_same_receipt() {
        FabricAnchor other = anchorFor(TestIdentity.create("ZhibanMSP", "other-app"));
        AnchorReceipt[] theirs = new AnchorReceipt[1];
        peer.runBeforeNextEndorsement(() -> theirs[0] = other.anchor(checkpoint(42, ROOT_A)));

        AnchorReceipt ours = anchor.anchor(checkpoint(42, ROOT_A));

        assertThat(ours).isEqualTo(theirs[0]);
        assertThat(peer.worldStateKeyCount()).isEqualTo(2);
    }

    @Test
    void a_malformed_checkpoint_is_refused_with_the_chaincode_reason_and_not_retried_as_unavailable() {
        SignedCheckpoint unsigned = new SignedCheckpoint(ORIGIN, 42, ROOT_A, "SM3", "", "cHVibGljLWtleQ==",
                Instant.parse("2025-03-01T08:00:00Z"));

        assertThatThrownBy(() -> anchor.anchor(unsigned))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Invalid checkpoint: signature must not be empty");
        assertThat(peer.worldStateKeyCount()).isZero();
    }
}
