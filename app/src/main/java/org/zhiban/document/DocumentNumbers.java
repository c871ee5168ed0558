package org.zhiban.document;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 发文字号登记: numbers per 机关代字 and year, given gap-free and never twice. The sequence row's lock, held until
 * the signing transaction commits, puts concurrent signings in a queue; a signing that rolls back gives its number
 * back with it, so no gap opens. A number voided after it was given (the document went back to 拟稿) stays in the
 * register with who voided it and why, and is never given again.
 */
@Repository
public class DocumentNumbers {

    static final String ASSIGNED = "assigned";
    static final String VOIDED = "voided";

    public record Entry(String agencyCode, int year, int seq, String number, String caseId, String state,
                 Instant assignedAt, String assignedBy, Instant voidedAt, String voidedBy, String voidReason) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    DocumentNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** 发文字号 as GB/T 9704 7.2.4 writes it: 〔〕 around the year, no 第, no leading zeros. */
    static String format(String agencyCode, int year, int seq) {
        return agencyCode + "〔" + year + "〕" + seq + "号";
    }

    /** Gives the case the next number of {@code agencyCode} in {@code year}, inside the caller's transaction. */
    Entry assign(String caseId, String agencyCode, int year, String by, Instant at) {
        ensureSequence(agencyCode, year);
        jdbc.sql("update document_number_sequence set next_no = next_no + 1 where agency_code = :code and doc_year = :year")
                .param("code", agencyCode).param("year", year).update();
        int seq = jdbc.sql("select next_no - 1 from document_number_sequence where agency_code = :code and doc_year = :year")
                .param("code", agencyCode).param("year", year).query(Integer.class).single();
        String number = format(agencyCode, year, seq);
        jdbc.sql("""
                insert into document_number (agency_code, doc_year, seq, number, case_id, state, assigned_at, assigned_by)
                values (:code, :year, :seq, :number, :caseId, :state, :at, :by)""")
                .param("code", agencyCode).param("year", year).param("seq", seq).param("number", number)
                .param("caseId", caseId).param("state", ASSIGNED).param("at", Timestamp.from(at)).param("by", by)
                .update();
        return new Entry(agencyCode, year, seq, number, caseId, ASSIGNED, at, by, null, null, null);
    }

    /** Voids the case's number in use, if it has one; returns it. */
    Optional<Entry> voidCurrent(String caseId, String by, String reason, Instant at) {
        Optional<Entry> current = current(caseId);
        current.ifPresent(e -> jdbc.sql("""
                update document_number set state = :voided, voided_at = :at, voided_by = :by, void_reason = :reason
                where agency_code = :code and doc_year = :year and seq = :seq""")
                .param("voided", VOIDED).param("at", Timestamp.from(at)).param("by", by).param("reason", reason)
                .param("code", e.agencyCode()).param("year", e.year()).param("seq", e.seq()).update());
        return current;
    }

    Optional<Entry> current(String caseId) {
        return jdbc.sql("select * from document_number where case_id = :caseId and state = :state")
                .param("caseId", caseId).param("state", ASSIGNED).query(DocumentNumbers::map).optional();
    }

    /** The register of one 机关代字 and year, in number order. */
    List<Entry> register(String agencyCode, int year) {
        return jdbc.sql("select * from document_number where agency_code = :code and doc_year = :year order by seq")
                .param("code", agencyCode).param("year", year).query(DocumentNumbers::map).list();
    }

    List<Entry> ofCase(String caseId) {
        return jdbc.sql("select * from document_number where case_id = :caseId order by assigned_at")
                .param("caseId", caseId).query(DocumentNumbers::map).list();
    }

    /* The first number of a code and year creates its row; in its own transaction, so that a concurrent first
       signing that loses the race to insert does not abort the signing transaction (PostgreSQL would). */
    private void ensureSequence(String agencyCode, int year) {
        boolean exists = jdbc.sql("select count(*) from document_number_sequence where agency_code = :code and doc_year = :year")
                .param("code", agencyCode).param("year", year).query(Long.class).single() > 0;
        if (exists) {
            return;
        }
        try {
            separately.executeWithoutResult(s -> jdbc.sql("""
                    insert into document_number_sequence (agency_code, doc_year, next_no) values (:code, :year, 1)""")
                    .param("code", agencyCode).param("year", year).update());
        } catch (DuplicateKeyException raceLost) {
            // another signing created it first: the row is there, which is all we need
        }
    }

    private static Entry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp voided = rs.getTimestamp("voided_at");
        return new Entry(rs.getString("agency_code"), rs.getInt("doc_year"), rs.getInt("seq"), rs.getString("number"),
                rs.getString("case_id"), rs.getString("state"), rs.getTimestamp("assigned_at").toInstant(),
                rs.getString("assigned_by"), voided == null ? null : voided.toInstant(), rs.getString("voided_by"),
                rs.getString("void_reason"));
    }
}
