package org.zhiban.document;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhiban.identity.CurrentUser;

/** 公文 API: start a document case as the caller. */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

    private final DocumentDrafting drafting;

    DocumentController(DocumentDrafting drafting) {
        this.drafting = drafting;
    }

    @PostMapping
    @PreAuthorize("hasRole('OFFICER')")
    ResponseEntity<DocumentDrafting.Started> start(@RequestBody DocumentDrafting.NewDocument request) {
        DocumentDrafting.Started started = drafting.start(CurrentUser.get(), request);
        return ResponseEntity.created(URI.create("/api/cases/" + started.caseId())).body(started);
    }
}
