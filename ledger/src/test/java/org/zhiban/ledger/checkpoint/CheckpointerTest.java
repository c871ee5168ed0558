package org.zhiban.ledger.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.zhiban.ledger.hash.HashAlgorithm;
import org.zhiban.ledger.log.InMemoryLogStore;
import org.zhiban.ledger.log.ReviewLog;
import org.zhiban.ledger.testing.MutableClock;
import org.zhiban.ledger.testing.Records;

class CheckpointerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T08:30:00Z"));
    private final ReviewLog log = new ReviewLog(new InMemoryLogStore(), HashAlgorithm.SM3, clock);
    private final InMemoryCheckpointStore store = new InMemoryCheckpointStore();
    private final CheckpointSigner signer = new CheckpointSigner(SigningKeys.generate(SignatureScheme.ED25519));
    private final Checkpointer checkpointer = new Checkpointer(log, store, signer, clock, new CheckpointPolicy(3, Duration.ofSeconds(10)));

    @Test
    void signs_the_first_head_as_soon_as_there_is_a_record() {
        assertThat(checkpointer.checkpointIfDue()).isEmpty();
        log.append(Records.comment("C-1", 1));

        SignedCheckpoint checkpoint = checkpointer.checkpointIfDue().orElseThrow();

        assertThat(checkpoint.treeSize()).isEqualTo(1);
        assertThat(checkpoint.rootHash()).isEqualTo(log.head().rootHash());
        assertThat(checkpoint.origin()).isEqualTo("zhiban/review-log/SM3");
        assertThat(checkpoint.hashAlgorithm()).isEqualTo("SM3");
        assertThat(CheckpointSignatures.verify(checkpoint)).isTrue();
        assertThat(store.latest()).contains(checkpoint);
    }

    @Test
    void checkpoints_again_after_n_records() {
        log.append(Records.comment("C-1", 1));
        checkpointer.checkpointIfDue();
        log.append(Records.comment("C-1", 2));
        log.append(Records.comment("C-1", 3));
        assertThat(checkpointer.checkpointIfDue()).isEmpty();

        log.append(Records.comment("C-1", 4));

        assertThat(checkpointer.checkpointIfDue()).map(SignedCheckpoint::treeSize).contains(4L);
    }

    @Test
    void checkpoints_waiting_records_after_the_interval() {
        log.append(Records.comment("C-1", 1));
        checkpointer.checkpointIfDue();
        log.append(Records.comment("C-1", 2));
        clock.advance(Duration.ofSeconds(9));
        assertThat(checkpointer.checkpointIfDue()).isEmpty();

        clock.advance(Duration.ofSeconds(1));

        assertThat(checkpointer.checkpointIfDue()).map(SignedCheckpoint::treeSize).contains(2L);
    }

    @Test
    void makes_no_checkpoint_when_nothing_new_was_logged() {
        log.append(Records.comment("C-1", 1));
        SignedCheckpoint first = checkpointer.checkpointIfDue().orElseThrow();
        clock.advance(Duration.ofMinutes(5));

        assertThat(checkpointer.checkpointIfDue()).isEmpty();
        assertThat(checkpointer.checkpointNow()).contains(first);
        assertThat(store.all()).hasSize(1);
    }
}
