package org.zhiban.document;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhiban.document.layout.LayoutFormat;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Role;

/**
 * 公文 API: open a document case; save the draft between submissions; its versions and their comparison, its
 * 发文字号 history and its read receipts. Reads follow the case's own visibility (部门隔离): out of reach is 404.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

    private final DocumentDrafting drafting;
    private final DocumentEditing editing;
    private final DocumentChecking checking;
    private final ModelProofreading modelProofreading;

    DocumentController(DocumentDrafting drafting, DocumentEditing editing, DocumentChecking checking,
                       ModelProofreading modelProofreading) {
        this.modelProofreading = modelProofreading;
        this.drafting = drafting;
        this.editing = editing;
        this.checking = checking;
    }

    /** The compliance check and proofreading of a document that need not be a case: the engine the editor uses. */
    @PostMapping(value = "/check", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(Role.Names.IS_CASE_STAFF)
    DocumentCheckRequest.CheckResult check(@RequestBody DocumentCheckRequest request) {
        return DocumentCheckRequest.CheckResult.of(checking.check(request.facts()));
    }

    @PostMapping
    @PreAuthorize("hasRole('OFFICER')")
    ResponseEntity<DocumentDrafting.Started> start(@RequestBody DocumentDrafting.NewDocument request) {
        DocumentDrafting.Started started = drafting.start(CurrentUser.get(), request);
        return ResponseEntity.created(URI.create("/api/cases/" + started.caseId())).body(started);
    }

    /** 校对 of the saved body by the model, each proposal confirmed by the scorer; without a model, the scorer's own. */
    @PostMapping("/{caseId}/proofread")
    @PreAuthorize(Role.Names.IS_CASE_STAFF)
    Map<String, Object> proofread(@PathVariable String caseId) {
        ModelProofreading.Result r = modelProofreading.proofread(CurrentUser.get(), caseId);
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("findings", r.findings().stream().map(DocumentCheckRequest.CheckFinding::of).toList());
        out.put("model", r.model());
        out.put("fallback", r.fallback());
        out.put("notice", r.notice());
        out.put("unconfirmed", r.unconfirmed());
        return out;
    }

    @PutMapping("/{caseId}/draft")
    @PreAuthorize("hasRole('OFFICER')")
    DocumentEditing.Saved save(@PathVariable String caseId, @RequestBody Map<String, Object> fields) {
        return editing.save(CurrentUser.get(), caseId, fields);
    }

    @GetMapping("/{caseId}/versions")
    @PreAuthorize(Role.Names.IS_CASE_READER)
    List<DocumentVersions.Summary> versions(@PathVariable String caseId) {
        return editing.versions(CurrentUser.get(), caseId);
    }

    @GetMapping("/{caseId}/versions/{versionNo}")
    @PreAuthorize(Role.Names.IS_CASE_READER)
    DocumentVersions.Version version(@PathVariable String caseId, @PathVariable int versionNo) {
        return editing.version(CurrentUser.get(), caseId, versionNo);
    }

    @GetMapping("/{caseId}/versions/diff")
    @PreAuthorize(Role.Names.IS_CASE_READER)
    List<VersionDiff.FieldDiff> diff(@PathVariable String caseId, @RequestParam int from, @RequestParam int to) {
        return editing.diff(CurrentUser.get(), caseId, from, to);
    }

    @GetMapping("/{caseId}/numbers")
    @PreAuthorize(Role.Names.IS_CASE_READER)
    List<DocumentNumbers.Entry> numbers(@PathVariable String caseId) {
        return editing.numbers(CurrentUser.get(), caseId);
    }

    @GetMapping("/{caseId}/receipts")
    @PreAuthorize(Role.Names.IS_CASE_READER)
    List<DocumentEditing.Receipt> receipts(@PathVariable String caseId) {
        return editing.receipts(CurrentUser.get(), caseId);
    }

    @GetMapping("/{caseId}/files")
    @PreAuthorize(Role.Names.IS_CASE_READER)
    List<DocumentEditing.StoredFile> files(@PathVariable String caseId) {
        return editing.files(CurrentUser.get(), caseId);
    }

    @GetMapping("/{caseId}/files/{stage}/{kind}")
    @PreAuthorize(Role.Names.IS_CASE_READER)
    ResponseEntity<byte[]> file(@PathVariable String caseId, @PathVariable String stage, @PathVariable String kind) {
        return send(editing.download(CurrentUser.get(), caseId, stage, kind));
    }

    /** 版式预览 of the draft as it stands: {@code format} pdf (default), docx or ofd. */
    @GetMapping("/{caseId}/preview")
    @PreAuthorize(Role.Names.IS_CASE_READER)
    ResponseEntity<byte[]> preview(@PathVariable String caseId, @RequestParam(defaultValue = "pdf") String format) {
        LayoutFormat f = java.util.Arrays.stream(LayoutFormat.values()).filter(v -> v.name().equalsIgnoreCase(format))
                .findFirst().orElseThrow(() -> org.zhiban.shared.Refusal.invalid("document.preview.format",
                        "format 应为 pdf、docx 或 ofd / format must be pdf, docx or ofd", format));
        return send(editing.preview(CurrentUser.get(), caseId, f));
    }

    private static ResponseEntity<byte[]> send(DocumentEditing.Download d) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.mediaType()))
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename(d.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(d.content());
    }
}
