package org.zhiban.ledger.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhiban.ledger.hash.HashAlgorithm;
import org.zhiban.ledger.record.ReviewRecord;
import org.zhiban.ledger.testing.Databases;
import org.zhiban.ledger.testing.Records;
import org.zhiban.ledger.testing.TestDatabase;

class JdbcLogStoreTest {

    static List<Named<Supplier<TestDatabase>>> databases() {
        return Databases.available();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void keeps_records_and_tree_across_a_restart(Supplier<TestDatabase> database) {
        TestDatabase db = database.get();
        ReviewLog log = new ReviewLog(new JdbcLogStore(db.dataSource(), Records.FIXED_CLOCK), HashAlgorithm.SM3, Records.FIXED_CLOCK);
        for (int i = 0; i < 13; i++) {
            log.append(Records.comment("C-" + (i % 2), i));
        }
        AppendedRecord approval = log.append(Records.approval("C-9", "同意，报市政府。"));

        ReviewLog restarted = new ReviewLog(new JdbcLogStore(db.dataSource(), Records.FIXED_CLOCK), HashAlgorithm.SM3, Records.FIXED_CLOCK);

        assertThat(restarted.head()).isEqualTo(log.head());
        assertThat(restarted.record(approval.recordId()).orElseThrow().record().opinion()).isEqualTo("同意，报市政府。");
        assertThat(restarted.records("C-1")).hasSize(6).extracting(LoggedRecord::leafIndex).isSorted();
        assertThat(restarted.append(Records.comment("C-1", 99)).leafIndex()).isEqualTo(14);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_refused_batch_leaves_no_record_and_no_tree_node_behind(Supplier<TestDatabase> database) {
        TestDatabase db = database.get();
        JdbcLogStore store = new JdbcLogStore(db.dataSource(), Records.FIXED_CLOCK);
        ReviewLog log = new ReviewLog(store, HashAlgorithm.SHA_256, Records.FIXED_CLOCK);
        log.append(Records.comment("C-1", 1));
        TreeHead before = log.head();
        ReviewRecord tooLongCaseId = Records.comment("C".repeat(500), 2);

        assertThatThrownBy(() -> log.appendAll(List.of(Records.comment("C-1", 3), tooLongCaseId))).isInstanceOf(RuntimeException.class);

        assertThat(store.leafCount()).isEqualTo(1);
        assertThat(store.recordsFrom(0, 10)).hasSize(1);
        assertThat(log.head()).isEqualTo(before);
        assertThat(log.append(Records.comment("C-1", 4)).leafIndex()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void refuses_to_open_a_database_holding_a_log_of_another_algorithm(Supplier<TestDatabase> database) {
        TestDatabase db = database.get();
        new ReviewLog(new JdbcLogStore(db.dataSource(), Records.FIXED_CLOCK), HashAlgorithm.SM3, Records.FIXED_CLOCK);

        assertThatThrownBy(() -> new ReviewLog(new JdbcLogStore(db.dataSource(), Records.FIXED_CLOCK), HashAlgorithm.SHA_256, Records.FIXED_CLOCK))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("zhiban/review-log/SM3");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void postgres_refuses_update_and_delete_on_log_tables(Supplier<TestDatabase> database) {
        TestDatabase db = database.get();
        org.junit.jupiter.api.Assumptions.assumeTrue(db.isPostgres(), "the append-only trigger is PostgreSQL's");
        new ReviewLog(new JdbcLogStore(db.dataSource(), Records.FIXED_CLOCK), HashAlgorithm.SM3, Records.FIXED_CLOCK)
                .append(Records.comment("C-1", 1));

        for (String sql : List.of("update ledger_review_record set entry = '{}'", "delete from ledger_review_record",
                "update ledger_tree_node set hash = 'ab'", "delete from ledger_tree_node", "truncate ledger_review_record cascade",
                "delete from ledger_log")) {
            assertThatThrownBy(() -> db.execute(sql)).as(sql).hasMessageContaining("append-only");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void a_log_that_another_writer_got_ahead_of_appends_at_the_new_end(Supplier<TestDatabase> database) {
        TestDatabase db = database.get();
        ReviewLog first = new ReviewLog(new JdbcLogStore(db.dataSource(), Records.FIXED_CLOCK), HashAlgorithm.SM3, Records.FIXED_CLOCK);
        ReviewLog second = new ReviewLog(new JdbcLogStore(db.dataSource(), Records.FIXED_CLOCK), HashAlgorithm.SM3, Records.FIXED_CLOCK);
        first.append(Records.comment("C-1", 1));

        AppendedRecord late = second.append(Records.comment("C-2", 2));

        assertThat(late.leafIndex()).isEqualTo(1);
        ReviewLog reopened = new ReviewLog(new JdbcLogStore(db.dataSource(), Records.FIXED_CLOCK), HashAlgorithm.SM3, Records.FIXED_CLOCK);
        assertThat(reopened.head()).isEqualTo(second.head());
        assertThat(reopened.head().treeSize()).isEqualTo(2);
    }
}
