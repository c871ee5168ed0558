package org.zhiban.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhiban.contract.ContractReport.AmountView;
import org.zhiban.contract.ContractReport.ClauseView;
import org.zhiban.contract.ContractReport.PartyView;
import org.zhiban.rules.contract.Severity;

/** The tables of 合同审查: the files read, each round of review with its findings, and the decisions on them. */
@Repository
class ContractStore {

    static final String CONTRACT = "contract";
    static final String AWARD = "award";

    /** A file a case reviewed; its text is in object storage under {@code textKey}, encrypted like every object. */
    record Source(String id, String caseId, String role, String attachmentId, String fileName, String contentType,
                  String sha256, String textKey, int pages, String method, String warnings, String uploadedBy,
                  Instant uploadedAt) {}

    /** What was parsed, kept with the round for the report and the beside-the-original view. */
    record Parsed(List<PartyView> parties, List<AmountView> amounts, List<ClauseView> clauses) {}

    record Round(String id, String caseId, int round, String sourceId, String awardId, String title, String partyA,
                 String partyB, BigDecimal total, String kind, String level, int score, String method,
                 String methodNote, Parsed parsed, Instant reviewedAt, String reportKey, String reportSha256,
                 Instant reportAt) {}

    record StoredFinding(String id, String reviewId, String caseId, int seq, ReviewedFinding finding) {}

    record StoredDecision(String id, String caseId, String reviewId, String findingId, String part, String decision,
                          String opinion, String userId, String userName, String department, Instant at) {}

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ContractStore(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    String addSource(String caseId, String role, String attachmentId, ContractTexts.ReadFile file, String textKey,
                     String user, Instant at) {
        jdbc.sql("update contract_source set current_version = false where case_id = :c and role = :r")
                .param("c", caseId).param("r", role).update();
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into contract_source (id, case_id, role, attachment_id, file_name, content_type, sha256, text_key,
                    pages, method, warnings, uploaded_by, uploaded_at, current_version)
                values (:id, :c, :r, :a, :n, :t, :sha, :key, :pages, :method, :warnings, :by, :at, true)""")
                .param("id", id).param("c", caseId).param("r", role).param("a", attachmentId)
                .param("n", file.fileName()).param("t", file.contentType()).param("sha", file.sha256())
                .param("key", textKey).param("pages", file.text().pages()).param("method", file.text().method().name())
                .param("warnings", truncate(String.join("；", file.text().warnings()), 2000)).param("by", user)
                .param("at", Timestamp.from(at)).update();
        return id;
    }

    Optional<Source> currentSource(String caseId, String role) {
        return jdbc.sql("select * from contract_source where case_id = :c and role = :r and current_version = true")
                .param("c", caseId).param("r", role).query(ContractStore::source).optional();
    }

    Optional<Source> source(String id) {
        return jdbc.sql("select * from contract_source where id = :id").param("id", id).query(ContractStore::source)
                .optional();
    }

    /** Earlier contract cases that received a file with this hash (re-upload recognition), newest first. */
    List<Source> sameFileElsewhere(String sha256, String exceptCaseId) {
        return jdbc.sql("""
                select * from contract_source where sha256 = :sha and role = 'contract'
                  and (cast(:c as varchar) is null or case_id <> :c) order by uploaded_at desc""")
                .param("sha", sha256).param("c", exceptCaseId).query(ContractStore::source).list();
    }

    String addRound(String caseId, String sourceId, String awardId, ContractReviewing.Review review, Parsed parsed,
                    String partyA, String partyB, BigDecimal total, Instant at) {
        int round = jdbc.sql("select coalesce(max(round_no), 0) + 1 from contract_review where case_id = :c")
                .param("c", caseId).query(Integer.class).single();
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into contract_review (id, case_id, round_no, source_id, award_id, title, party_a, party_b,
                    total_amount, contract_kind, level, score, method, method_note, parsed, reviewed_at)
                values (:id, :c, :round, :s, :a, :title, :pa, :pb, :total, :kind, :level, :score, :method, :note,
                    :parsed, :at)""")
                .param("id", id).param("c", caseId).param("round", round).param("s", sourceId).param("a", awardId)
                .param("title", truncate(review.parsed().title(), 300)).param("pa", truncate(partyA, 300))
                .param("pb", truncate(partyB, 300)).param("total", total).param("kind", review.contractKind())
                .param("level", level(review)).param("score", review.risk().score()).param("method", review.method())
                .param("note", truncate(review.methodNote(), 300)).param("parsed", write(parsed))
                .param("at", Timestamp.from(at)).update();
        int seq = 0;
        for (ReviewedFinding f : review.findings()) {
            jdbc.sql("""
                    insert into contract_finding (id, review_id, case_id, seq, rule_id, severity, clause, excerpt,
                        start_pos, end_pos, message, suggestion, statute, article, part, citation, kb_statute,
                        kb_article, verified, source, consistency)
                    values (:id, :r, :c, :seq, :rule, :sev, :clause, :excerpt, :s, :e, :msg, :sug, :statute,
                        :article, :part, :citation, :kbs, :kba, :verified, :source, :cons)""")
                    .param("id", UUID.randomUUID().toString()).param("r", id).param("c", caseId).param("seq", seq++)
                    .param("rule", f.ruleId()).param("sev", f.severity().code()).param("clause", truncate(f.clause(), 200))
                    .param("excerpt", truncate(f.excerpt(), 2000)).param("s", f.start()).param("e", f.end())
                    .param("msg", truncate(f.message(), 2000)).param("sug", truncate(f.suggestion(), 2000))
                    .param("statute", f.statute()).param("article", f.article()).param("part", f.part())
                    .param("citation", truncate(f.citation(), 300)).param("kbs", f.kbStatute())
                    .param("kba", f.kbArticleNo()).param("verified", f.verified()).param("source", f.source())
                    .param("cons", f.consistency()).update();
        }
        return id;
    }

    static String level(ContractReviewing.Review review) {
        return review.risk().level().name().toLowerCase(java.util.Locale.ROOT);
    }

    Optional<Round> latestRound(String caseId) {
        return jdbc.sql("select * from contract_review where case_id = :c order by round_no desc")
                .param("c", caseId).query(this::roundOf).list().stream().findFirst();
    }

    Optional<Round> round(String reviewId) {
        return jdbc.sql("select * from contract_review where id = :id").param("id", reviewId).query(this::roundOf)
                .optional();
    }

    List<StoredFinding> findings(String reviewId) {
        return jdbc.sql("select * from contract_finding where review_id = :r order by seq").param("r", reviewId)
                .query(ContractStore::finding).list();
    }

    Optional<StoredFinding> finding(String caseId, String findingId) {
        return jdbc.sql("select * from contract_finding where case_id = :c and id = :id").param("c", caseId)
                .param("id", findingId).query(ContractStore::finding).optional();
    }

    void addDecision(String caseId, String reviewId, String findingId, String part, String decision, String opinion,
                     String userId, String userName, String department, Instant at) {
        jdbc.sql("""
                insert into contract_decision (id, case_id, review_id, finding_id, part, decision, opinion, user_id,
                    user_name, department, decided_at)
                values (:id, :c, :r, :f, :part, :d, :o, :u, :un, :dep, :at)""")
                .param("id", UUID.randomUUID().toString()).param("c", caseId).param("r", reviewId)
                .param("f", findingId).param("part", part).param("d", decision).param("o", truncate(opinion, 2000))
                .param("u", userId).param("un", userName).param("dep", department).param("at", Timestamp.from(at))
                .update();
    }

    List<StoredDecision> decisions(String reviewId) {
        return jdbc.sql("select * from contract_decision where review_id = :r order by decided_at, id")
                .param("r", reviewId).query(ContractStore::decision).list();
    }

    void reported(String reviewId, String key, String sha256, Instant at) {
        jdbc.sql("update contract_review set report_key = :k, report_sha256 = :s, report_at = :at where id = :id")
                .param("k", key).param("s", sha256).param("at", Timestamp.from(at)).param("id", reviewId).update();
    }

    private String write(Parsed parsed) {
        try {
            return json.writeValueAsString(parsed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Parsed read(String text) {
        try {
            return json.readValue(text, Parsed.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable parsed contract", e);
        }
    }

    static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private static Source source(ResultSet rs, int row) throws SQLException {
        return new Source(rs.getString("id"), rs.getString("case_id"), rs.getString("role"),
                rs.getString("attachment_id"), rs.getString("file_name"), rs.getString("content_type"),
                rs.getString("sha256"), rs.getString("text_key"), rs.getInt("pages"), rs.getString("method"),
                rs.getString("warnings"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }

    private Round roundOf(ResultSet rs, int row) throws SQLException {
        Timestamp reportAt = rs.getTimestamp("report_at");
        return new Round(rs.getString("id"), rs.getString("case_id"), rs.getInt("round_no"), rs.getString("source_id"),
                rs.getString("award_id"), rs.getString("title"), rs.getString("party_a"), rs.getString("party_b"),
                rs.getBigDecimal("total_amount"), rs.getString("contract_kind"), rs.getString("level"),
                rs.getInt("score"), rs.getString("method"), rs.getString("method_note"), read(rs.getString("parsed")),
                rs.getTimestamp("reviewed_at").toInstant(), rs.getString("report_key"), rs.getString("report_sha256"),
                reportAt == null ? null : reportAt.toInstant());
    }

    static StoredFinding finding(ResultSet rs, int row) throws SQLException {
        ReviewedFinding f = new ReviewedFinding(rs.getString("rule_id"), Severity.fromCode(rs.getString("severity")),
                rs.getString("clause"), rs.getString("excerpt"), (Integer) rs.getObject("start_pos", Integer.class),
                (Integer) rs.getObject("end_pos", Integer.class), rs.getString("message"), rs.getString("suggestion"),
                rs.getString("statute"), rs.getString("article"), rs.getString("part"), rs.getString("citation"),
                rs.getString("kb_statute"), rs.getString("kb_article"), rs.getBoolean("verified"),
                rs.getString("source"), rs.getBoolean("consistency"));
        return new StoredFinding(rs.getString("id"), rs.getString("review_id"), rs.getString("case_id"),
                rs.getInt("seq"), f);
    }

    private static StoredDecision decision(ResultSet rs, int row) throws SQLException {
        return new StoredDecision(rs.getString("id"), rs.getString("case_id"), rs.getString("review_id"),
                rs.getString("finding_id"), rs.getString("part"), rs.getString("decision"), rs.getString("opinion"),
                rs.getString("user_id"), rs.getString("user_name"), rs.getString("department"),
                rs.getTimestamp("decided_at").toInstant());
    }
}
