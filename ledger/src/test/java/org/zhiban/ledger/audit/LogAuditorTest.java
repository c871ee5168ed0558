package org.zhiban.ledger.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhiban.ledger.audit.AuditFinding.Kind.ANCHOR_MISMATCH;
import static org.zhiban.ledger.audit.AuditFinding.Kind.RECORD_EDITED;
import static org.zhiban.ledger.audit.AuditFinding.Kind.RECORD_MISPLACED;
import static org.zhiban.ledger.audit.AuditFinding.Kind.RECORD_MISSING;
import static org.zhiban.ledger.audit.AuditFinding.Kind.ROOT_MISMATCH;
import static org.zhiban.ledger.audit.AuditFinding.Kind.SIGNATURE_INVALID;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhiban.ledger.hash.HashAlgorithm;
import org.zhiban.ledger.hash.Hex;
import org.zhiban.ledger.merkle.MerkleHasher;
import org.zhiban.ledger.log.AppendedRecord;
import org.zhiban.ledger.testing.Databases;
import org.zhiban.ledger.testing.Ledger;
import org.zhiban.ledger.testing.Records;
import org.zhiban.ledger.testing.TestDatabase;

/** Tampering done directly in the database, as someone with database access (and on PostgreSQL superuser rights) would. */
class LogAuditorTest {

    static List<Named<Supplier<TestDatabase>>> databases() {
        return Databases.available();
    }

    /** Ten records, checkpointed and anchored at sizes 4 and 10. */
    private static Fixture tenAnchoredRecords(Supplier<TestDatabase> database) {
        Ledger ledger = new Ledger(database.get(), HashAlgorithm.SM3);
        List<AppendedRecord> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            records.add(ledger.log.append(Records.approval(i % 2 == 0 ? "C-even" : "C-odd", "意见" + i)));
            if (i == 3) {
                ledger.checkpointAndAnchor();
            }
        }
        ledger.checkpointAndAnchor();
        for (String table : List.of("ledger_review_record", "ledger_tree_node", "ledger_checkpoint", "ledger_anchor_receipt", "ledger_local_anchor")) {
            ledger.db.disableAppendOnlyGuard(table);
        }
        return new Fixture(ledger, records);
    }

    private record Fixture(Ledger ledger, List<AppendedRecord> records) {
        String recordId(int leaf) {
            return records.get(leaf).recordId();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void finds_nothing_wrong_with_an_untouched_log(Supplier<TestDatabase> database) {
        Fixture f = tenAnchoredRecords(database);

        AuditReport report = f.ledger().auditor.audit();

        assertThat(report.findings()).isEmpty();
        assertThat(report.recordsChecked()).isEqualTo(10);
        assertThat(report.checkpointsChecked()).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void detects_an_edited_record_and_names_it(Supplier<TestDatabase> database) {
        Fixture f = tenAnchoredRecords(database);
        f.ledger().db.execute("update ledger_review_record set entry = replace(entry, '意见6', '同意') where leaf_index = 6");

        AuditReport report = f.ledger().auditor.audit();

        assertThat(report.findings()).extracting(AuditFinding::kind, AuditFinding::leafIndex, AuditFinding::recordId)
                .contains(tuple(RECORD_EDITED, 6L, f.recordId(6)));
        assertThat(report.findings()).filteredOn(x -> x.kind() == ROOT_MISMATCH).extracting(AuditFinding::treeSize).containsExactly(10L);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void detects_an_edit_even_when_the_stored_leaf_hash_was_rewritten_to_match(Supplier<TestDatabase> database) {
        Fixture f = tenAnchoredRecords(database);
        f.ledger().db.execute("update ledger_review_record set entry = replace(entry, '意见2', '同意') where leaf_index = 2");
        String forgedLeaf = Hex.encode(new MerkleHasher(HashAlgorithm.SM3)
                .leafHash(f.ledger().store.recordsFrom(2, 1).get(0).entry()));
        f.ledger().db.execute("update ledger_tree_node set hash = '" + forgedLeaf + "' where tree_level = 0 and node_index = 2");

        AuditReport report = f.ledger().auditor.audit();

        assertThat(report.findings()).filteredOn(x -> x.kind() == ROOT_MISMATCH).extracting(AuditFinding::treeSize).containsExactly(4L, 10L);
        assertThat(report.findings().get(0).message()).contains("leaves 0..3");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void detects_a_deleted_record_and_names_its_leaf(Supplier<TestDatabase> database) {
        Fixture f = tenAnchoredRecords(database);
        f.ledger().db.execute("delete from ledger_review_record where leaf_index = 5");

        AuditReport report = f.ledger().auditor.audit();

        assertThat(report.findings()).extracting(AuditFinding::kind, AuditFinding::leafIndex)
                .containsExactly(tuple(RECORD_MISSING, 5L));
        assertThat(report.findings().get(0).message()).contains(f.records().get(5).leafHash());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void detects_the_last_record_deleted_with_its_tree_node(Supplier<TestDatabase> database) {
        Fixture f = tenAnchoredRecords(database);
        f.ledger().db.execute("delete from ledger_review_record where leaf_index = 9");
        f.ledger().db.execute("delete from ledger_tree_node where tree_level = 0 and node_index = 9");

        AuditReport report = f.ledger().auditor.audit();

        assertThat(report.findings()).extracting(AuditFinding::kind, AuditFinding::leafIndex)
                .contains(tuple(RECORD_MISSING, 9L));
        assertThat(report.findings()).extracting(AuditFinding::kind).contains(ROOT_MISMATCH);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void detects_two_records_reordered_and_names_both(Supplier<TestDatabase> database) {
        Fixture f = tenAnchoredRecords(database);
        f.ledger().db.execute("update ledger_review_record set leaf_index = -1 where leaf_index = 2");
        f.ledger().db.execute("update ledger_review_record set leaf_index = 2 where leaf_index = 7");
        f.ledger().db.execute("update ledger_review_record set leaf_index = 7 where leaf_index = -1");

        AuditReport report = f.ledger().auditor.audit();

        assertThat(report.findings()).filteredOn(x -> x.kind() == RECORD_MISPLACED)
                .extracting(AuditFinding::leafIndex, AuditFinding::recordId)
                .containsExactly(tuple(2L, f.recordId(7)), tuple(7L, f.recordId(2)));
        assertThat(report.findings()).extracting(AuditFinding::kind).contains(ROOT_MISMATCH);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void detects_a_rewritten_checkpoint_by_its_signature_and_the_anchor(Supplier<TestDatabase> database) {
        Fixture f = tenAnchoredRecords(database);
        f.ledger().db.execute("update ledger_checkpoint set root_hash = '" + "ab".repeat(32) + "' where tree_size = 4");

        AuditReport report = f.ledger().auditor.audit();

        assertThat(report.findings()).extracting(AuditFinding::kind, AuditFinding::treeSize)
                .contains(tuple(SIGNATURE_INVALID, 4L), tuple(ANCHOR_MISMATCH, 4L));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void verifies_each_record_of_a_case_and_explains_a_failure(Supplier<TestDatabase> database) {
        Fixture f = tenAnchoredRecords(database);
        AppendedRecord fresh = f.ledger().log.append(Records.comment("C-odd", 99));
        f.ledger().db.execute("update ledger_review_record set entry = replace(entry, '意见3', '同意') where leaf_index = 3");

        CaseVerification odd = f.ledger().auditor.verifyCase("C-odd");
        CaseVerification even = f.ledger().auditor.verifyCase("C-even");

        assertThat(even.allVerified()).isTrue();
        assertThat(even.records()).hasSize(5);
        assertThat(odd.records()).extracting(RecordCheck::leafIndex, RecordCheck::status).containsExactly(
                tuple(1L, RecordCheck.Status.VERIFIED),
                tuple(3L, RecordCheck.Status.FAILED),
                tuple(5L, RecordCheck.Status.VERIFIED),
                tuple(7L, RecordCheck.Status.VERIFIED),
                tuple(9L, RecordCheck.Status.VERIFIED),
                tuple(fresh.leafIndex(), RecordCheck.Status.PENDING));
        assertThat(odd.records().get(1).reason()).contains("edited");
        assertThat(odd.records().get(1).recordId()).isEqualTo(f.recordId(3));
    }
}
