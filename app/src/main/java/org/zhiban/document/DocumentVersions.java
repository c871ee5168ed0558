package org.zhiban.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhiban.integrations.storage.Sha256;
import org.springframework.stereotype.Repository;

/**
 * 版本: every save of a draft is kept whole — its elements as JSON with their SHA-256 — so any two can be compared
 * and the signed text is provably the one that was signed. A save that changes nothing adds no version.
 */
@Repository
public class DocumentVersions {

    /** A saved version; {@code content} maps the field keys of {@link DocumentCaseType#FIELDS} to their text. */
    public record Version(int versionNo, String activityId, String savedBy, Instant savedAt, Map<String, Object> content,
                   String sha256) {}

    /** A version as lists show it, without its content. */
    public record Summary(int versionNo, String activityId, String savedBy, Instant savedAt, String sha256, int bodyLength) {}

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    DocumentVersions(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Keeps the draft as the next version unless it equals the latest; returns the version number kept. */
    int save(DocumentDraft draft, String activityId, String savedBy, Instant at) {
        String content = serialise(contentOf(draft));
        String sha = sha256(content);
        Optional<Summary> latest = latest(draft.caseId());
        if (latest.isPresent() && latest.get().sha256().equals(sha)) {
            return latest.get().versionNo();
        }
        int next = latest.map(v -> v.versionNo() + 1).orElse(1);
        jdbc.sql("""
                insert into document_version (case_id, version_no, activity_id, saved_by, saved_at, content, sha256)
                values (:caseId, :no, :activity, :by, :at, :content, :sha)""")
                .param("caseId", draft.caseId()).param("no", next).param("activity", activityId)
                .param("by", savedBy).param("at", Timestamp.from(at)).param("content", content).param("sha", sha)
                .update();
        return next;
    }

    List<Summary> list(String caseId) {
        return jdbc.sql("""
                select version_no, activity_id, saved_by, saved_at, sha256, content from document_version
                where case_id = :caseId order by version_no""")
                .param("caseId", caseId)
                .query((rs, i) -> new Summary(rs.getInt("version_no"), rs.getString("activity_id"),
                        rs.getString("saved_by"), rs.getTimestamp("saved_at").toInstant(), rs.getString("sha256"),
                        String.valueOf(parse(rs.getString("content")).getOrDefault("body", "")).length()))
                .list();
    }

    Optional<Version> find(String caseId, int versionNo) {
        return jdbc.sql("select * from document_version where case_id = :caseId and version_no = :no")
                .param("caseId", caseId).param("no", versionNo)
                .query((rs, i) -> new Version(rs.getInt("version_no"), rs.getString("activity_id"),
                        rs.getString("saved_by"), rs.getTimestamp("saved_at").toInstant(),
                        parse(rs.getString("content")), rs.getString("sha256")))
                .optional();
    }

    private Optional<Summary> latest(String caseId) {
        return jdbc.sql("""
                select version_no, activity_id, saved_by, saved_at, sha256 from document_version
                where case_id = :caseId order by version_no desc limit 1""")
                .param("caseId", caseId)
                .query((rs, i) -> new Summary(rs.getInt("version_no"), rs.getString("activity_id"),
                        rs.getString("saved_by"), rs.getTimestamp("saved_at").toInstant(), rs.getString("sha256"), 0))
                .optional();
    }

    /** What a version keeps: the document's own elements, not its routing or the archive's trace. */
    static Map<String, Object> contentOf(DocumentDraft d) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("docType", d.docType().term());
        c.put("direction", d.direction());
        c.put("title", d.title());
        c.put("documentNumber", d.documentNumber());
        c.put("issuingOrgan", d.issuingOrgan());
        c.put("mainRecipients", d.mainRecipients());
        c.put("copyRecipients", d.copyRecipients());
        c.put("signer", d.signer());
        c.put("signingDate", d.signingDate());
        c.put("secrecyLevel", d.secrecyLevel());
        c.put("secrecyPeriod", d.secrecyPeriod());
        c.put("copyNumber", d.copyNumber());
        c.put("urgency", d.urgency());
        c.put("attachmentNote", d.attachmentNote());
        c.put("body", d.body());
        return c;
    }

    private String serialise(Map<String, Object> content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a version", e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String content) {
        try {
            return json.readValue(content, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored version does not parse", e);
        }
    }

    /** The hash a version of this draft has (or would have): what the ledger records for the signed text. */
    String sha256Of(DocumentDraft draft) {
        return sha256(serialise(contentOf(draft)));
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }
}
