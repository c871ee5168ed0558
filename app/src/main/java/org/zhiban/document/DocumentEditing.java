package org.zhiban.document;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiban.cases.CaseAccess;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseForms;
import org.zhiban.cases.CaseTask;
import org.zhiban.cases.CaseTasks;
import org.zhiban.document.layout.LayoutFormat;
import org.zhiban.identity.Directory;
import org.zhiban.integrations.storage.ObjectStore;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.rules.document.Finding;
import org.zhiban.shared.Refusal;

/**
 * 拟稿 between submissions: saving the draft (each save a version) while one holds the 拟稿 task, the version
 * history and its comparison, the 发文字号 history and the 阅件 receipts of a case — for whoever may read it.
 */
@Service
public class DocumentEditing {

    /** A saved draft: its version number and what the compliance check now finds in it. */
    public record Saved(int versionNo, List<Finding> findings) {}

    /** A stored file of the document: a stage's DOCX, OFD or PDF, the 发文稿纸, the archive's manifest. */
    public record StoredFile(String stage, String kind, String objectKey, String sha256, Instant createdAt,
                             String fileName) {}

    /** A file to download: its name, type and bytes. */
    public record Download(String fileName, String mediaType, byte[] content) {}

    /** 阅件回执: one department's read task, read or not yet. */
    public record Receipt(String department, String departmentName, String state, String readBy, String readByName,
                   Instant readAt) {}

    /** Text fields the editor's live check reads; lists and the type go through the saved draft. */
    private static final java.util.Set<String> EDITABLE_TEXT = java.util.Set.of("title", "body", "issuingOrgan",
            "mainRecipients", "copyRecipients", "signer", "secrecyLevel", "secrecyPeriod", "copyNumber", "urgency",
            "attachmentNote", "direction");

    private final CaseAccess access;
    private final CaseTasks tasks;
    private final CaseForms forms;
    private final DocumentDrafts drafts;
    private final DocumentVersions versions;
    private final DocumentNumbers numbers;
    private final DocumentChecking checking;
    private final Directory directory;
    private final DocumentRenditions renditions;
    private final DocumentLayouts layouts;
    private final ObjectStore objectStore;

    DocumentEditing(CaseAccess access, CaseTasks tasks, CaseForms forms, DocumentDrafts drafts,
                    DocumentVersions versions, DocumentNumbers numbers, DocumentChecking checking,
                    Directory directory, DocumentRenditions renditions, DocumentLayouts layouts,
                    ObjectStore objectStore) {
        this.renditions = renditions;
        this.layouts = layouts;
        this.objectStore = objectStore;
        this.access = access;
        this.tasks = tasks;
        this.forms = forms;
        this.drafts = drafts;
        this.versions = versions;
        this.numbers = numbers;
        this.checking = checking;
        this.directory = directory;
    }

    /** Saves the 拟稿 form without submitting it; only the holder of the open 拟稿 task may. */
    @Transactional
    public Saved save(ZhibanUser user, String caseId, Map<String, Object> input) {
        CaseFile file = access.readable(user, caseId);
        if (draftTask(user, caseId).isEmpty()) {
            throw Refusal.conflict("document.notDrafting", "只有拟稿环节的承办人可以保存草稿 / only the drafter holding 拟稿 may save");
        }
        forms.apply(file, DocumentCaseType.DRAFT, input);
        DocumentDraft saved = drafts.find(caseId).orElseThrow();
        int no = versions.list(caseId).stream().mapToInt(DocumentVersions.Summary::versionNo).max().orElse(0);
        return new Saved(no, checking.check(saved));
    }

    /**
     * What the compliance check finds in the draft as it stands in the editor, unsaved: text values by field key
     * over the stored draft. Nothing is stored.
     */
    public List<Finding> check(ZhibanUser user, String caseId, Map<String, String> values) {
        access.readable(user, caseId);
        DocumentDraft stored = drafts.find(caseId).orElseThrow();
        Map<String, Object> text = new java.util.HashMap<>();
        values.forEach((key, value) -> {
            if (EDITABLE_TEXT.contains(key)) {
                text.put(key, value == null || value.isBlank() ? null : value);
            }
        });
        if (text.get("title") == null) {
            text.remove("title");
        }
        if (text.get("body") == null) {
            text.put("body", "");
        }
        return checking.check(DraftFields.apply(stored, text, stored.updatedAt()));
    }

    /** The open 拟稿 task the user holds on the case, if any: the editor submits through it. */
    public java.util.Optional<String> draftTask(ZhibanUser user, String caseId) {
        return tasks.ofStep(caseId, DocumentCaseType.DRAFT).stream()
                .filter(t -> "open".equals(t.state()) && access.canWorkOn(user, t)).map(CaseTask::taskId).findFirst();
    }

    public List<DocumentVersions.Summary> versions(ZhibanUser user, String caseId) {
        access.readable(user, caseId);
        return versions.list(caseId);
    }

    public DocumentVersions.Version version(ZhibanUser user, String caseId, int versionNo) {
        access.readable(user, caseId);
        return versions.find(caseId, versionNo).orElseThrow(() -> Refusal.notFound("document.noVersion",
                "没有该版本 / no such version: " + versionNo, versionNo));
    }

    public List<VersionDiff.FieldDiff> diff(ZhibanUser user, String caseId, int from, int to) {
        return VersionDiff.between(version(user, caseId, from).content(), version(user, caseId, to).content());
    }

    public List<DocumentNumbers.Entry> numbers(ZhibanUser user, String caseId) {
        access.readable(user, caseId);
        return numbers.ofCase(caseId);
    }

    public List<Receipt> receipts(ZhibanUser user, String caseId) {
        access.readable(user, caseId);
        List<CaseTask> reads = tasks.ofStep(caseId, DocumentCaseType.READ);
        Map<String, String> names = directory.displayNamesOf(reads.stream().map(CaseTask::completedBy)
                .filter(java.util.Objects::nonNull).toList());
        return reads.stream().map(t -> new Receipt(t.department(), directory.departmentName(t.department())
                .orElse(t.department()), "done".equals(t.state()) ? "read" : t.state(), t.completedBy(),
                t.completedBy() == null ? null : names.getOrDefault(t.completedBy(), t.completedBy()),
                t.completed())).toList();
    }

    public List<StoredFile> files(ZhibanUser user, String caseId) {
        access.readable(user, caseId);
        return renditions.of(caseId).stream().map(r -> new StoredFile(r.stage(), r.kind().name(), r.objectKey(),
                r.sha256(), r.createdAt(), fileName(caseId, r.stage(), r.kind()))).toList();
    }

    public Download download(ZhibanUser user, String caseId, String stage, String kind) {
        access.readable(user, caseId);
        DocumentRenditions.Kind k = java.util.Arrays.stream(DocumentRenditions.Kind.values())
                .filter(v -> v.name().equalsIgnoreCase(kind)).findFirst().orElse(null);
        DocumentRenditions.Rendition r = k == null ? null : renditions.find(caseId, stage, k).orElse(null);
        if (r == null) {
            throw Refusal.notFound("document.noFile", "没有该文件 / no such file: " + stage + "/" + kind, stage, kind);
        }
        byte[] content = objectStore.get(r.objectKey()).orElseThrow(() -> new IllegalStateException(
                "the object store lost " + r.objectKey()));
        return new Download(fileName(caseId, stage, k), k.mediaType, content);
    }

    /** 版式预览: the draft as it stands laid out by GB/T 9704, not stored — before signing, at any stage. */
    public Download preview(ZhibanUser user, String caseId, LayoutFormat format) {
        CaseFile file = access.readable(user, caseId);
        DocumentDraft draft = drafts.find(caseId).orElseThrow();
        return new Download(caseId + "-预览." + format.extension(), format.mediaType(),
                layouts.render(file, draft, format));
    }

    /**
     * The preview as page images: the browser shows them without a PDF viewer, inside the app's own page (whose
     * security headers forbid framing). 96 dpi is an A4 page at screen size.
     */
    public List<byte[]> previewPages(ZhibanUser user, String caseId) {
        byte[] pdf = preview(user, caseId, LayoutFormat.PDF).content();
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            List<byte[]> pages = new java.util.ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
                javax.imageio.ImageIO.write(renderer.renderImageWithDPI(i, 96), "png", png);
                pages.add(png.toByteArray());
            }
            return pages;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot render the preview", e);
        }
    }

    private static String fileName(String caseId, String stage, DocumentRenditions.Kind kind) {
        String what = switch (kind) {
            case SHEET -> "发文稿纸";
            case RECORD -> "归档清单";
            default -> DocumentRenditions.LAYOUT.equals(stage) ? "印发稿" : "归档稿";
        };
        return caseId + "-" + what + "." + kind.extension;
    }
}
