package org.zhiban.document;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The files a stage made of a document — the laid-out DOCX, OFD and PDF at 排版, the same with the 发文稿纸 at 归档 —
 * as object-store keys with their SHA-256. A stage run again (a retried job, a second signing) replaces its own.
 */
@Repository
class DocumentRenditions {

    static final String LAYOUT = "layout";
    static final String ARCHIVE = "archive";

    enum Kind {
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        OFD("application/ofd", "ofd"),
        PDF("application/pdf", "pdf"),
        /** 发文稿纸: the processing sheet with every stage's names, opinions and times */
        SHEET("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        /** the archive's manifest: the document's elements, the decisions and every file's hash */
        RECORD("application/json", "json");

        final String mediaType;
        final String extension;

        Kind(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    record Rendition(String caseId, String stage, Kind kind, String objectKey, String sha256, Instant createdAt) {}

    private final JdbcClient jdbc;

    DocumentRenditions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void put(String caseId, String stage, Kind kind, String objectKey, String sha256, Instant at) {
        jdbc.sql("delete from document_rendition where case_id = :caseId and stage = :stage and kind = :kind")
                .param("caseId", caseId).param("stage", stage).param("kind", kind.name()).update();
        jdbc.sql("""
                insert into document_rendition (case_id, stage, kind, object_key, sha256, created_at)
                values (:caseId, :stage, :kind, :key, :sha, :at)""")
                .param("caseId", caseId).param("stage", stage).param("kind", kind.name()).param("key", objectKey)
                .param("sha", sha256).param("at", Timestamp.from(at)).update();
    }

    List<Rendition> of(String caseId) {
        return jdbc.sql("select * from document_rendition where case_id = :caseId order by stage, kind")
                .param("caseId", caseId)
                .query((rs, i) -> new Rendition(rs.getString("case_id"), rs.getString("stage"),
                        Kind.valueOf(rs.getString("kind")), rs.getString("object_key"), rs.getString("sha256"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    Optional<Rendition> find(String caseId, String stage, Kind kind) {
        return of(caseId).stream().filter(r -> r.stage().equals(stage) && r.kind() == kind).findFirst();
    }
}
