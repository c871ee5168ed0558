package org.zhiban.ledger.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhiban.ledger.checkpoint.SignedCheckpoint;
import org.zhiban.ledger.hash.HashAlgorithm;
import org.zhiban.ledger.testing.Ledger;
import org.zhiban.ledger.testing.Records;
import org.zhiban.ledger.testing.TestDatabase;

class AnchorPumpTest {

    private final Ledger ledger = new Ledger(TestDatabase.h2(), HashAlgorithm.SM3);

    @Test
    void delivers_every_checkpoint_once_and_in_order_through_a_flaky_anchor() {
        FlakyAnchor flaky = new FlakyAnchor(ledger.anchor, new Random(42));
        AnchorPump pump = new AnchorPump(ledger.checkpoints, flaky, ledger.clock);
        for (int i = 1; i <= 30; i++) {
            ledger.log.append(Records.comment("C-1", i));
            ledger.checkpointer.checkpointNow();
            pump.pump();
        }
        while (!ledger.checkpoints.notAnchored("local", 100).isEmpty()) {
            pump.pump();
        }

        assertThat(flaky.failures).as("the anchor did fail sometimes").isPositive();
        assertThat(flaky.lostAnswers).as("some writes succeeded but the answer was lost").isPositive();
        List<LocalAnchor.ChainLink> chain = ledger.anchor.chain();
        assertThat(chain).extracting(link -> link.checkpoint().treeSize()).containsExactlyElementsOf(range(1, 30));
        for (LocalAnchor.ChainLink link : chain) {
            assertThat(ledger.checkpoints.receipts(link.checkpoint().treeSize())).containsExactly(link.receipt());
        }
        assertThat(ledger.auditor.audit().findings()).isEmpty();
    }

    @Test
    void stops_at_the_first_unavailable_checkpoint_and_resumes_there() {
        FlakyAnchor down = new FlakyAnchor(ledger.anchor, null);
        AnchorPump pump = new AnchorPump(ledger.checkpoints, down, ledger.clock);
        for (int i = 1; i <= 3; i++) {
            ledger.log.append(Records.comment("C-1", i));
            ledger.checkpointer.checkpointNow();
        }
        down.unavailable = true;
        assertThat(pump.pump()).isZero();
        assertThat(ledger.checkpoints.notAnchored("local", 10)).hasSize(3);

        down.unavailable = false;

        assertThat(pump.pump()).isEqualTo(3);
        assertThat(ledger.anchor.chain()).extracting(l -> l.checkpoint().treeSize()).containsExactly(1L, 2L, 3L);
        assertThat(pump.pump()).isZero();
    }

    @Test
    void a_conflicting_root_stops_the_pump_loudly() {
        ledger.log.append(Records.comment("C-1", 1));
        SignedCheckpoint checkpoint = ledger.checkpointer.checkpointNow().orElseThrow();
        ledger.anchor.anchor(new SignedCheckpoint(checkpoint.origin(), 1, "00".repeat(32), checkpoint.hashAlgorithm(),
                checkpoint.signature(), checkpoint.publicKey(), checkpoint.createdAt()));

        assertThatThrownBy(ledger.pump::pump).isInstanceOf(AnchorConflictException.class);
        assertThat(ledger.checkpoints.receipts(1)).isEmpty();
    }

    private static List<Long> range(long from, long to) {
        List<Long> sizes = new ArrayList<>();
        for (long s = from; s <= to; s++) {
            sizes.add(s);
        }
        return sizes;
    }

    /** Fails before writing, or writes and then loses the answer, at random; or is down while told so. */
    private static final class FlakyAnchor implements Anchor {
        private final Anchor real;
        private final Random random;
        boolean unavailable;
        int failures;
        int lostAnswers;

        FlakyAnchor(Anchor real, Random random) {
            this.real = real;
            this.random = random;
        }

        @Override
        public String type() {
            return real.type();
        }

        @Override
        public AnchorReceipt anchor(SignedCheckpoint checkpoint) {
            if (unavailable || (random != null && random.nextInt(3) == 0)) {
                failures++;
                throw new AnchorUnavailableException("network down", null);
            }
            AnchorReceipt receipt = real.anchor(checkpoint);
            if (random != null && random.nextInt(4) == 0) {
                lostAnswers++;
                throw new AnchorUnavailableException("timed out after the write", null);
            }
            return receipt;
        }

        @Override
        public Optional<AnchoredCheckpoint> findBySize(String origin, long treeSize) {
            return real.findBySize(origin, treeSize);
        }

        @Override
        public Optional<AnchoredCheckpoint> findByRoot(String origin, String rootHash) {
            return real.findByRoot(origin, rootHash);
        }
    }
}
