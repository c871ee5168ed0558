package org.zhiban.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.tika.Tika;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.platform.UploadProperties;
import org.zhiban.integrations.storage.ObjectStore;
import org.zhiban.integrations.storage.StoredObject;
import org.zhiban.integrations.upload.GuardedUpload;
import org.zhiban.integrations.upload.UploadGuard;
import org.zhiban.shared.Refusal;

/**
 * 材料/附件 for every case type: upload (through the shared upload guard, before anything is stored), list,
 * download and replace as a new version. Content is stored once in object storage by SHA-256; each upload's
 * hash goes to the review log. Who may see a case may download its material; its staff may upload.
 */
@Service
public class CaseAttachments {

    static final String PREFIX = "attachments";
    private static final int MAX_NAME = 200;

    private final JdbcClient jdbc;
    private final CaseAccess caseAccess;
    private final UploadGuard guard;
    private final ObjectStore objects;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final java.util.Set<String> allowedTypes;
    private final Tika tika = new Tika();

    CaseAttachments(JdbcClient jdbc, CaseAccess caseAccess, UploadGuard guard, ObjectStore objects,
                    ApplicationEventPublisher events, Clock clock, UploadProperties uploads) {
        this.jdbc = jdbc;
        this.caseAccess = caseAccess;
        this.guard = guard;
        this.objects = objects;
        this.events = events;
        this.clock = clock;
        this.allowedTypes = java.util.Set.copyOf(uploads.allowedTypes() == null ? List.of() : uploads.allowedTypes());
    }

    /**
     * @param taskId   the task being worked on, or null
     * @param replaces the attachment this file replaces as its next version, or null
     */
    @Transactional
    public Attachment upload(ZhibanUser user, String caseId, String taskId, String fileName, byte[] content,
                             String replaces) {
        CaseFile file = caseAccess.readable(user, caseId);
        if (!user.isCaseStaff()) {
            throw Refusal.forbidden("attachment.forbidden", "只有参与本案的办案人员可以上传材料 / case staff only");
        }
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw Refusal.invalid("attachment.name.invalid", "文件名不能为空且不超过200字 / a file name is required");
        }
        Attachment previous = replaces == null ? null : find(caseId, replaces)
                .orElseThrow(() -> notFound(replaces));
        GuardedUpload guarded = guard.check(name, content);
        String type = tika.detect(content, name);
        if (!allowedTypes.contains(type)) {
            throw Refusal.invalid("upload.refused.type", "不支持的文件类型 " + type + " / file type not accepted: " + type,
                    type, String.join("、", allowedTypes));
        }
        StoredObject stored = objects.put(PREFIX, guarded.content(), type);
        Attachment added = new Attachment(UUID.randomUUID().toString(), caseId, taskId, name, type, guarded.size(),
                stored.sha256(), previous == null ? 1 : previous.version() + 1, replaces, true, user.id(),
                clock.instant());
        if (previous != null) {
            jdbc.sql("update case_attachment set current_version = false where id = :id").param("id", previous.id()).update();
        }
        jdbc.sql("""
                insert into case_attachment (id, case_id, task_id, name, content_type, size_bytes, sha256, object_key,
                                             version, replaces, current_version, uploaded_by, uploaded_at)
                values (:id, :caseId, :taskId, :name, :type, :size, :sha, :key, :version, :replaces, true, :by, :at)""")
                .param("id", added.id()).param("caseId", caseId).param("taskId", taskId).param("name", name)
                .param("type", type).param("size", added.size()).param("sha", added.sha256()).param("key", stored.key())
                .param("version", added.version()).param("replaces", replaces).param("by", user.id())
                .param("at", Timestamp.from(added.uploadedAt())).update();
        events.publishEvent(new AttachmentAdded(UUID.randomUUID().toString(), caseId, file.processInstanceId(),
                added.id(), name, added.sha256(), added.version(), user.id(), user.departmentId(), added.uploadedAt()));
        return added;
    }

    /** The current version of each attachment; {@code allVersions} for the replaced ones too. */
    public List<Attachment> list(ZhibanUser user, String caseId, boolean allVersions) {
        caseAccess.readable(user, caseId);
        return jdbc.sql("select * from case_attachment where case_id = :caseId"
                        + (allVersions ? "" : " and current_version = true") + " order by uploaded_at, id")
                .param("caseId", caseId).query(CaseAttachments::map).list();
    }

    /**
     * The names of the current attachments in upload order, for checks the system runs on a case it already
     * holds (the 附件说明 check); callers acting for a person use {@link #list}, which checks access.
     */
    public List<String> currentNames(String caseId) {
        return jdbc.sql("select name from case_attachment where case_id = :caseId and current_version = true"
                        + " order by uploaded_at, id").param("caseId", caseId).query(String.class).list();
    }

    /** A file to download: its description and its bytes. */
    public record Download(Attachment attachment, byte[] content) {}

    public Download download(ZhibanUser user, String caseId, String attachmentId) {
        caseAccess.readable(user, caseId);
        Attachment a = find(caseId, attachmentId).orElseThrow(() -> notFound(attachmentId));
        String key = jdbc.sql("select object_key from case_attachment where id = :id").param("id", a.id())
                .query(String.class).single();
        byte[] content = objects.get(key).orElseThrow(() -> new IllegalStateException("object missing: " + key));
        return new Download(a, content);
    }

    private Optional<Attachment> find(String caseId, String id) {
        return jdbc.sql("select * from case_attachment where case_id = :caseId and id = :id")
                .param("caseId", caseId).param("id", id).query(CaseAttachments::map).optional();
    }

    private static Refusal notFound(String id) {
        return Refusal.notFound("attachment.notFound", "附件不存在或无权查看 / no such attachment: " + id, id);
    }

    private static Attachment map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Attachment(rs.getString("id"), rs.getString("case_id"), rs.getString("task_id"),
                rs.getString("name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getInt("version"), rs.getString("replaces"), rs.getBoolean("current_version"),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
