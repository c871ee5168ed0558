package org.zhiban.ledger.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.zhiban.ledger.hash.HashAlgorithm;
import org.zhiban.ledger.hash.Hex;
import org.zhiban.ledger.merkle.MerkleHasher;
import org.zhiban.ledger.merkle.MerkleTree;
import org.zhiban.ledger.record.ReviewRecord;
import org.zhiban.ledger.testing.Records;

class ReviewLogTest {

    private final InMemoryLogStore store = new InMemoryLogStore();
    private final ReviewLog log = new ReviewLog(store, HashAlgorithm.SM3, Records.FIXED_CLOCK);

    @Test
    void gives_each_record_the_next_leaf_and_the_hash_of_its_entry() {
        AppendedRecord first = log.append(Records.approval("C-1", "同意"));
        AppendedRecord second = log.append(Records.comment("C-1", 2));

        assertThat(first.leafIndex()).isZero();
        assertThat(second.leafIndex()).isOne();
        LoggedRecord logged = log.record(second.recordId()).orElseThrow();
        assertThat(second.leafHash()).isEqualTo(Hex.encode(new MerkleHasher(HashAlgorithm.SM3).leafHash(logged.entry())));
        assertThat(logged.entry()).contains("\"sequence\":1", "\"recordedAt\":\"2025-03-01T08:30:00Z\"");
        assertThat(log.head().treeSize()).isEqualTo(2);
    }

    @Test
    void the_head_is_the_rfc_9162_root_of_the_stored_tree() {
        for (int i = 0; i < 11; i++) {
            log.append(Records.comment("C-" + (i % 3), i));
        }

        byte[] root = new StoredTree(store, new MerkleHasher(HashAlgorithm.SM3)).rootHash(11);
        assertThat(log.head()).isEqualTo(new TreeHead(11, Hex.encode(root)));
    }

    @Test
    void appending_the_same_record_again_returns_its_first_position() {
        ReviewRecord record = Records.approval("C-1", "同意");
        AppendedRecord first = log.append(record);
        log.append(Records.comment("C-1", 1));

        assertThat(log.append(record)).isEqualTo(first);
        assertThat(log.head().treeSize()).isEqualTo(2);
    }

    @Test
    void refuses_a_known_record_id_with_different_content() {
        ReviewRecord record = Records.approval("C-1", "同意");
        log.append(record);
        ReviewRecord altered = new ReviewRecord(record.recordId(), record.reviewer(), record.caseId(), record.processInstanceId(),
                record.activity(), record.action(), record.document(), "不同意");

        assertThatThrownBy(() -> log.append(altered)).isInstanceOf(DuplicateRecordException.class);
    }

    @Test
    void lists_the_records_of_a_case_in_log_order() {
        log.append(Records.comment("C-1", 1));
        log.append(Records.comment("C-2", 2));
        log.append(Records.comment("C-1", 3));

        assertThat(log.records("C-1")).extracting(r -> r.record().opinion()).containsExactly("意见 1", "意见 3");
        assertThat(log.records("C-3")).isEmpty();
    }

    @Test
    void concurrent_appends_get_distinct_contiguous_leaves_and_one_consistent_tree() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<AppendedRecord>> calls = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int n = i;
            calls.add(() -> log.append(Records.comment("C-" + (n % 7), n)));
        }
        List<Long> leaves = new ArrayList<>();
        for (Future<AppendedRecord> result : pool.invokeAll(calls)) {
            leaves.add(result.get().leafIndex());
        }
        pool.shutdown();

        assertThat(leaves).doesNotHaveDuplicates().hasSize(400).allMatch(l -> l >= 0 && l < 400);
        byte[] fromStore = new MerkleTree(new MerkleHasher(HashAlgorithm.SM3), id -> store.nodes(List.of(id)).get(id)).rootHash(400);
        assertThat(log.head().rootHash()).isEqualTo(Hex.encode(fromStore));
    }

    @Test
    void a_restarted_log_continues_where_the_store_ends() {
        log.appendAll(List.of(Records.comment("C-1", 1), Records.comment("C-1", 2), Records.comment("C-1", 3)));
        TreeHead before = log.head();

        ReviewLog restarted = new ReviewLog(store, HashAlgorithm.SM3, Records.FIXED_CLOCK);

        assertThat(restarted.head()).isEqualTo(before);
        assertThat(restarted.append(Records.comment("C-1", 4)).leafIndex()).isEqualTo(3);
    }

    @Test
    void a_store_cannot_be_reopened_with_another_hash_algorithm() {
        log.append(Records.comment("C-1", 1));

        assertThatThrownBy(() -> new ReviewLog(store, HashAlgorithm.SHA_256, Records.FIXED_CLOCK))
                .isInstanceOf(IllegalStateException.class);
    }
}
