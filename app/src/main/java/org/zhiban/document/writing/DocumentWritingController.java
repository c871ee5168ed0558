package org.zhiban.document.writing;

import org.zhiban.rules.document.Direction;

import org.zhiban.shared.Refusal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Role;
import org.zhiban.rules.document.DocumentType;
import org.zhiban.shared.Classification;

/**
 * 拟稿 API: the template library (for case staff), and for 承办人 AI drafting, polishing and DOCX import. A call
 * for a case needs a 拟稿 task of that case the caller may work on; another department's case is not found.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentWritingController {

    private final DocumentTemplates templates;
    private final DocumentWriter writer;
    private final DocxImport docxImport;

    DocumentWritingController(DocumentTemplates templates, DocumentWriter writer, DocxImport docxImport) {
        this.templates = templates;
        this.writer = writer;
        this.docxImport = docxImport;
    }

    record FormView(String form, String structure, List<String> directions, String closing, List<String> placeholders,
                    String preview) {
    }

    record TypeView(String docType, String name, String purpose, List<FormView> forms) {
    }

    record ComposeRequest(String docType, String form, String direction, String title, List<String> keyPoints,
                          String mainRecipients, String reason, List<DraftInputs.Attachment> attachments,
                          String incomingTitle, String incomingNumber, String caseId, String classification) {
    }

    record PolishRequest(String caseId, String text, String instruction, String classification) {
    }

    /**
     * @param note        what the fallback did (模板, or the words corrected), beside the AI layer's notice
     * @param routing     where the request went, or why it went nowhere, as recorded
     */
    record WrittenView(String text, String attachmentNote, String template, String model, boolean fallback,
                       String notice, String note, String routing, String prompt, String suggestionId,
                       List<String> corrections) {

        static WrittenView of(DocumentWriter.Written w) {
            return new WrittenView(w.result().value(), w.attachmentNote(), w.template(), w.result().model(),
                    w.result().fallback(), w.result().notice(), DocumentWriter.fallbackNote(w), w.result().routing(),
                    w.result().prompt(), w.suggestionId(), w.corrections());
        }
    }

    @GetMapping("/templates")
    @PreAuthorize(Role.Names.IS_CASE_STAFF)
    List<TypeView> templates(@RequestParam(required = false) String docType) {
        List<DocumentType> types = docType == null || docType.isBlank() ? Arrays.asList(DocumentType.values())
                : List.of(DocumentTypeNames.require(docType));
        return types.stream().map(this::view).toList();
    }

    @GetMapping("/templates/{docType}")
    @PreAuthorize(Role.Names.IS_CASE_STAFF)
    TypeView template(@PathVariable String docType) {
        return view(DocumentTypeNames.require(docType));
    }

    @PostMapping("/compose")
    @PreAuthorize("hasRole('OFFICER')")
    WrittenView compose(@RequestBody ComposeRequest r) {
        DraftInputs in = new DraftInputs(DocumentTypeNames.require(r.docType()), r.form(),
                direction(r.direction()), r.title(), r.keyPoints(), r.mainRecipients(), r.reason(),
                r.attachments(), r.incomingTitle(), r.incomingNumber());
        return WrittenView.of(writer.draft(CurrentUser.get(), blankToNull(r.caseId()), in,
                Classification.require(r.classification(), null)));
    }

    @PostMapping("/polish")
    @PreAuthorize("hasRole('OFFICER')")
    WrittenView polish(@RequestBody PolishRequest r) {
        return WrittenView.of(writer.polish(CurrentUser.get(), blankToNull(r.caseId()), r.text(), r.instruction(),
                Classification.require(r.classification(), null)));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('OFFICER')")
    ImportedDocument importDocx(@RequestParam("file") MultipartFile file) throws IOException {
        return docxImport.read(file.getOriginalFilename(), file.getBytes());
    }

    private TypeView view(DocumentType type) {
        List<FormView> forms = templates.of(type).stream().map(t -> new FormView(t.form(), t.structure(),
                t.directions().stream().map(Direction::term).toList(), t.closing(), t.placeholderNames(),
                templates.preview(t))).toList();
        return new TypeView(type.name(), DocumentTypeNames.label(type), templates.of(type).get(0).purpose(), forms);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Null when not given (the form's own direction is used); refused when it is not one of the three. */
    private static Direction direction(String text) {
        try {
            return Direction.parse(text);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("document.direction.unknown", e.getMessage(), text);
        }
    }
}
