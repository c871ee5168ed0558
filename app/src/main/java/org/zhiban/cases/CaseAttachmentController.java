package org.zhiban.cases;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Role;

/** 材料 API: the same attachments, for every case type, as the case view shows them. */
@RestController
@RequestMapping("/api/cases/{caseId}/attachments")
class CaseAttachmentController {

    private final CaseAttachments attachments;

    CaseAttachmentController(CaseAttachments attachments) {
        this.attachments = attachments;
    }

    record Uploaded(String id, String name, long size, String sha256, int version) {}

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(Role.Names.IS_CASE_STAFF)
    ResponseEntity<Uploaded> upload(@PathVariable String caseId, @RequestParam("file") MultipartFile file,
                                    @RequestParam(required = false) String taskId,
                                    @RequestParam(required = false) String replaces) throws IOException {
        Attachment a = attachments.upload(CurrentUser.get(), caseId, taskId, file.getOriginalFilename(),
                file.getBytes(), replaces);
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/attachments/" + a.id()))
                .body(new Uploaded(a.id(), a.name(), a.size(), a.sha256(), a.version()));
    }

    @GetMapping
    @PreAuthorize(Role.Names.IS_CASE_READER)
    List<Attachment> list(@PathVariable String caseId, @RequestParam(defaultValue = "false") boolean allVersions) {
        return attachments.list(CurrentUser.get(), caseId, allVersions);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Role.Names.IS_CASE_READER)
    ResponseEntity<byte[]> download(@PathVariable String caseId, @PathVariable String id) {
        CaseAttachments.Download d = attachments.download(CurrentUser.get(), caseId, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(d.attachment().name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", d.attachment().sha256())
                // Never rendered inline: an uploaded HTML or SVG must not run in our origin.
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(d.content());
    }
}
