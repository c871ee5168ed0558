package org.zhiban.knowledge;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/** 知识库管理: import, index rebuild and policy document upload, each followed by this node's index refresh. */
@Service
public class KnowledgeAdministration {

    /** 上传结果. */
    public record UploadResult(String statute, String versionId, String structure, int articleCount,
                               ImportReport report) {
    }

    /** 索引状态 after a rebuild. */
    public record IndexStatus(long generation, int articles, long buildMillis) {
    }

    private final KnowledgeImport importer;
    private final KnowledgeIndex index;
    private final PolicyUploads uploads;
    private final org.zhiban.shared.AdminOperations adminLog;

    public KnowledgeAdministration(KnowledgeImport importer, KnowledgeIndex index, PolicyUploads uploads,
                                   org.zhiban.shared.AdminOperations adminLog) {
        this.importer = importer;
        this.index = index;
        this.uploads = uploads;
        this.adminLog = adminLog;
    }

    /** Compares every shipped version with the database; stores what is new or changed. */
    public ImportReport importShipped() {
        ImportReport report = importer.importShipped(true);
        index.refresh();
        record("kb.import", "shipped", "导入内置法规：新增 " + report.versionsAdded() + " 版，更新 "
                + report.versionsReplaced() + " 版，未变 " + report.versionsUnchanged() + " 版");
        return report;
    }

    public IndexStatus rebuildIndex() {
        KnowledgeIndex.Snapshot s = index.rebuild();
        record("kb.rebuild", "index", "重建检索索引：" + s.index().size() + " 条，第 " + s.generation() + " 代");
        return new IndexStatus(s.generation(), s.index().size(), s.buildMillis());
    }

    /** 管理操作日志: who did it, in the role that allowed it (the knowledge administration is the 系统管理员's). */
    private void record(String operation, String target, String detail) {
        org.zhiban.identity.ZhibanUser user = org.zhiban.identity.CurrentUser.get();
        adminLog.record(user.id(), org.zhiban.identity.Role.SYSADMIN.groupId(), operation, target, detail);
    }

    /**
     * Stores an uploaded policy document as a version of the statute named by its title.
     *
     * A version with the same statute and 施行日期 but other content is never replaced silently: a shipped one not at
     * all (409), an uploaded one only when {@code replace} says so. The same content again changes nothing.
     *
     * @param progress receives 0..1 as the upload is parsed, stored and indexed
     */
    public UploadResult upload(String fileName, byte[] content, String title, String level, LocalDate effectiveFrom,
                               boolean replace, Consumer<Double> progress) {
        KnowledgeImport.VersionInput input = uploads.prepare(
                new PolicyUploads.Upload(fileName, content, title, level, effectiveFrom), progress);
        StoredVersion stored = index.current().versions().get(input.statute().version().versionId());
        // the same content again changes nothing and is answered as such
        StoredVersion existing = stored == null || importer.unchanged(input) ? null : stored;
        if (existing != null && KnowledgeImport.SHIPPED.equals(existing.source())) {
            throw org.zhiban.shared.Refusal.conflict("kb.upload.shipped", "与内置法规版本同名同施行日期，不能以上传替换 / "
                    + "a shipped statute version has this title and date", existing.title(), existing.effectiveFrom());
        }
        if (existing != null && !replace) {
            throw org.zhiban.shared.Refusal.conflict("kb.upload.exists", "已有同名同施行日期的上传版本；如需替换请勾选“替换” / "
                    + "an uploaded version with this title and date exists; set replace to replace it",
                    existing.title(), existing.effectiveFrom());
        }
        ImportReport report = importer.importVersions(java.util.List.of(input));
        record(existing != null ? "kb.replace" : "kb.upload", input.statute().version().versionId(),
                (existing != null ? "替换上传版本 " : "上传政策文件 ") + input.statute().version().statuteKey()
                        + "（" + fileName + "，" + input.statute().articles().size() + " 条）");
        progress.accept(0.8);
        index.refresh();
        progress.accept(1.0);
        return new UploadResult(input.statute().version().statuteKey(), input.statute().version().versionId(),
                input.structure(), input.statute().articles().size(), report);
    }
}
