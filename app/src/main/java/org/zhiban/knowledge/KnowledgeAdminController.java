package org.zhiban.knowledge;

import org.zhiban.shared.Refusal;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 知识库管理 API, system administrators only: import the shipped statutes, rebuild the index, upload documents. */
@RestController
@RequestMapping("/api/knowledge")
class KnowledgeAdminController {

    private final KnowledgeAdministration administration;

    KnowledgeAdminController(KnowledgeAdministration administration) {
        this.administration = administration;
    }

    @PostMapping("/imports")
    @PreAuthorize("hasRole('SYSADMIN')")
    ImportReport importShipped() {
        return administration.importShipped();
    }

    @PostMapping("/index/rebuild")
    @PreAuthorize("hasRole('SYSADMIN')")
    KnowledgeAdministration.IndexStatus rebuild() {
        return administration.rebuildIndex();
    }

    @PostMapping(value = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('SYSADMIN')")
    ResponseEntity<KnowledgeAdministration.UploadResult> upload(
            @RequestPart(required = false) MultipartFile file, @RequestParam(required = false) String title,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
            @RequestParam(defaultValue = "false") boolean replace)
            throws IOException {
        if (file == null) {
            throw Refusal.invalid("kb.upload.fileRequired", "请选择文件 / file is required");
        }
        KnowledgeAdministration.UploadResult result = administration.upload(file.getOriginalFilename(), file.getBytes(),
                title, level, effectiveFrom, replace, progress -> { });
        URI location = org.springframework.web.util.UriComponentsBuilder.fromPath("/api/knowledge/articles/{statute}/1")
                .buildAndExpand(result.statute()).encode().toUri();
        return ResponseEntity.created(location).body(result);
    }
}
