package org.zhiban.ledger.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhiban.ledger.checkpoint.SignedCheckpoint;
import org.zhiban.ledger.hash.HashAlgorithm;
import org.zhiban.ledger.testing.Databases;
import org.zhiban.ledger.testing.Ledger;
import org.zhiban.ledger.testing.Records;
import org.zhiban.ledger.testing.TestDatabase;

class LocalAnchorTest {

    static List<Named<Supplier<TestDatabase>>> databases() {
        return Databases.available();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void chains_each_checkpoint_to_the_previous_one(Supplier<TestDatabase> database) {
        Ledger ledger = new Ledger(database.get(), HashAlgorithm.SM3);
        ledger.log.append(Records.comment("C-1", 1));
        AnchorReceipt first = ledger.anchor.anchor(ledger.checkpointer.checkpointNow().orElseThrow());
        ledger.log.append(Records.comment("C-1", 2));
        SignedCheckpoint second = ledger.checkpointer.checkpointNow().orElseThrow();

        AnchorReceipt receipt = ledger.anchor.anchor(second);

        assertThat(first).isEqualTo(new AnchorReceipt("local", ledger.anchor.chainHash(LocalAnchor.GENESIS, ledger.checkpoints.atSize(1).orElseThrow()), 0L));
        assertThat(receipt.block()).isEqualTo(1L);
        assertThat(receipt.txId()).isEqualTo(ledger.anchor.chainHash(first.txId(), second));
        assertThat(ledger.anchor.findBySize(second.origin(), 2)).map(Anchor.AnchoredCheckpoint::checkpoint).contains(second);
        assertThat(ledger.anchor.findByRoot(second.origin(), second.rootHash())).map(Anchor.AnchoredCheckpoint::receipt).contains(receipt);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anchoring_the_same_root_again_returns_the_first_receipt(Supplier<TestDatabase> database) {
        Ledger ledger = new Ledger(database.get(), HashAlgorithm.SM3);
        ledger.log.append(Records.comment("C-1", 1));
        SignedCheckpoint checkpoint = ledger.checkpointer.checkpointNow().orElseThrow();

        AnchorReceipt first = ledger.anchor.anchor(checkpoint);

        assertThat(ledger.anchor.anchor(checkpoint)).isEqualTo(first);
        assertThat(ledger.anchor.chain()).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void refuses_a_different_root_for_an_anchored_size(Supplier<TestDatabase> database) {
        Ledger ledger = new Ledger(database.get(), HashAlgorithm.SM3);
        ledger.log.append(Records.comment("C-1", 1));
        SignedCheckpoint checkpoint = ledger.checkpointer.checkpointNow().orElseThrow();
        ledger.anchor.anchor(checkpoint);
        SignedCheckpoint rewritten = new SignedCheckpoint(checkpoint.origin(), 1, "00".repeat(32), checkpoint.hashAlgorithm(),
                checkpoint.signature(), checkpoint.publicKey(), checkpoint.createdAt());

        assertThatThrownBy(() -> ledger.anchor.anchor(rewritten)).isInstanceOf(AnchorConflictException.class);
    }
}
