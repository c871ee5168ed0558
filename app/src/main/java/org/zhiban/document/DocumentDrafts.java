package org.zhiban.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhiban.rules.document.DocumentType;
import org.zhiban.rules.document.Finding;
import org.zhiban.rules.document.Severity;

/** 公文稿库: drafts and their compliance findings. */
@Repository
class DocumentDrafts {

    private final JdbcClient jdbc;

    DocumentDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DocumentDraft d) {
        jdbc.sql("""
                insert into document_draft (case_id, doc_type, title, body, updated_at)
                values (:caseId, :docType, :title, :body, :updatedAt)""")
                .param("caseId", d.caseId()).param("docType", d.docType().name()).param("title", d.title())
                .param("body", d.body()).param("updatedAt", Timestamp.from(d.updatedAt())).update();
    }

    void update(DocumentDraft d) {
        jdbc.sql("""
                update document_draft set doc_type = :docType, title = :title, body = :body,
                    document_number = :documentNumber, issuing_organ = :issuingOrgan,
                    main_recipients = :mainRecipients, signing_date = :signingDate, secrecy_level = :secrecyLevel,
                    urgency = :urgency, attachment_note = :attachmentNote, direction = :direction,
                    copy_recipients = :copyRecipients, signer = :signer, secrecy_period = :secrecyPeriod,
                    copy_number = :copyNumber, countersign_departments = :countersign,
                    reader_departments = :readers, override_reason = :overrideReason, updated_at = :updatedAt
                where case_id = :caseId""")
                .param("caseId", d.caseId()).param("docType", d.docType().name()).param("title", d.title())
                .param("body", d.body()).param("documentNumber", d.documentNumber())
                .param("issuingOrgan", d.issuingOrgan()).param("mainRecipients", d.mainRecipients())
                .param("signingDate", d.signingDate()).param("secrecyLevel", d.secrecyLevel())
                .param("urgency", d.urgency()).param("attachmentNote", d.attachmentNote())
                .param("direction", d.direction()).param("copyRecipients", d.copyRecipients())
                .param("signer", d.signer()).param("secrecyPeriod", d.secrecyPeriod())
                .param("copyNumber", d.copyNumber()).param("countersign", joined(d.countersignDepartments()))
                .param("readers", joined(d.readerDepartments())).param("overrideReason", d.overrideReason())
                .param("updatedAt", Timestamp.from(d.updatedAt())).update();
    }

    void markArchived(String caseId, String objectKey, String sha256, Instant at) {
        jdbc.sql("""
                update document_draft set archived_object_key = :key, archived_sha256 = :sha, archived_at = :at
                where case_id = :caseId""")
                .param("key", objectKey).param("sha", sha256).param("at", Timestamp.from(at))
                .param("caseId", caseId).update();
    }

    Optional<DocumentDraft> find(String caseId) {
        return jdbc.sql("select * from document_draft where case_id = :caseId").param("caseId", caseId)
                .query(DocumentDrafts::map).optional();
    }

    /** Stores one check's findings under the next check number; returns that number. */
    int saveFindings(String caseId, List<Finding> findings, Instant at) {
        int checkNo = jdbc.sql("select coalesce(max(check_no), 0) + 1 from document_finding where case_id = :caseId")
                .param("caseId", caseId).query(Integer.class).single();
        for (Finding f : findings) {
            jdbc.sql("""
                    insert into document_finding (case_id, check_no, rule_id, severity, field, message, basis, checked_at)
                    values (:caseId, :checkNo, :ruleId, :severity, :field, :message, :basis, :at)""")
                    .param("caseId", caseId).param("checkNo", checkNo).param("ruleId", f.ruleId())
                    .param("severity", f.severity().name()).param("field", f.field()).param("message", f.message())
                    .param("basis", f.basis()).param("at", Timestamp.from(at)).update();
        }
        return checkNo;
    }

    /** The findings of the latest check. */
    List<Finding> latestFindings(String caseId) {
        return jdbc.sql("""
                select * from document_finding where case_id = :caseId
                and check_no = (select max(check_no) from document_finding where case_id = :caseId)
                order by id""")
                .param("caseId", caseId)
                .query((rs, i) -> new Finding(rs.getString("rule_id"), Severity.valueOf(rs.getString("severity")),
                        rs.getString("field"), rs.getString("message"), rs.getString("basis")))
                .list();
    }

    private static DocumentDraft map(ResultSet rs, int row) throws SQLException {
        Timestamp archivedAt = rs.getTimestamp("archived_at");
        return new DocumentDraft(rs.getString("case_id"), DocumentType.valueOf(rs.getString("doc_type")),
                rs.getString("title"), rs.getString("body"), rs.getString("document_number"),
                rs.getString("issuing_organ"), rs.getString("main_recipients"), rs.getString("signing_date"),
                rs.getString("secrecy_level"), rs.getString("urgency"), rs.getString("attachment_note"),
                rs.getString("direction"), rs.getString("copy_recipients"), rs.getString("signer"),
                rs.getString("secrecy_period"), rs.getString("copy_number"),
                split(rs.getString("countersign_departments")), split(rs.getString("reader_departments")),
                rs.getString("override_reason"), rs.getString("archived_object_key"), rs.getString("archived_sha256"),
                archivedAt == null ? null : archivedAt.toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    /** Department ids are {@code [a-zA-Z0-9._-]}: a comma never occurs in one. */
    private static String joined(List<String> ids) {
        return ids.isEmpty() ? null : String.join(",", ids);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(","));
    }
}
