package org.zhiban.document;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhiban.cases.CaseType;
import org.zhiban.cases.FormField;
import org.zhiban.cases.Notice;
import org.zhiban.rules.document.DocumentType;

/** 公文 as a case type: its form data, the outcomes of 拟稿 and 核稿, and what 拟稿 may change. */
@Component
class DocumentCaseType implements CaseType {

    static final String DRAFT = "draft";
    static final String REVIEW = "review";

    private final DocumentDrafts drafts;
    private final DocumentDrafting drafting;

    DocumentCaseType(DocumentDrafts drafts, DocumentDrafting drafting) {
        this.drafts = drafts;
        this.drafting = drafting;
    }

    @Override
    public String id() {
        return DocumentDrafting.CASE_TYPE;
    }

    @Override
    public Set<String> processKeys() {
        return Set.of(DocumentDrafting.PROCESS_KEY);
    }

    @Override
    public Map<String, Object> data(String caseId) {
        DocumentDraft d = drafts.find(caseId).orElseThrow();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("docType", d.docType().term());
        data.put("title", d.title());
        data.put("body", d.body());
        data.put("documentNumber", d.documentNumber());
        data.put("issuingOrgan", d.issuingOrgan());
        data.put("mainRecipients", d.mainRecipients());
        data.put("signingDate", d.signingDate());
        data.put("secrecyLevel", d.secrecyLevel());
        data.put("urgency", d.urgency());
        data.put("attachmentNote", d.attachmentNote());
        data.put("findings", drafts.latestFindings(caseId));
        data.put("archivedObjectKey", d.archivedObjectKey());
        data.put("archivedSha256", d.archivedSha256());
        data.put("archivedAt", d.archivedAt());
        return data;
    }

    /** Field order of the 公文 form: 版头 elements first, then 正文, as GB/T 9704 lays a document out. */
    static final List<String> FORM_ORDER = List.of("docType", "title", "documentNumber", "issuingOrgan",
            "mainRecipients", "signingDate", "secrecyLevel", "urgency", "attachmentNote", "body");

    @Override
    public List<FormField> form(String caseId, String activityId) {
        Map<String, Object> data = data(caseId);
        Set<String> editable = activityId == null ? Set.of() : editableFields(activityId);
        return FORM_ORDER.stream().map(name -> {
            String value = data.get(name) == null ? "" : data.get(name).toString();
            FormField.Kind kind = switch (name) {
                case "docType" -> FormField.Kind.CHOICE;
                case "body", "attachmentNote" -> FormField.Kind.LONG_TEXT;
                default -> FormField.Kind.TEXT;
            };
            List<String> options = "docType".equals(name)
                    ? Arrays.stream(DocumentType.values()).map(DocumentType::term).toList() : List.of();
            return new FormField(name, kind, options, value, editable.contains(name));
        }).toList();
    }

    @Override
    public List<Notice> notices(String caseId) {
        return drafts.latestFindings(caseId).stream()
                .map(f -> new Notice(f.severity().name(), f.field(), f.message(), f.basis())).toList();
    }

    @Override
    public Set<String> outcomes(String activityId) {
        return switch (activityId) {
            case DRAFT -> Set.of("submit");
            case REVIEW -> Set.of("approve", "return");
            default -> Set.of();
        };
    }

    @Override
    public Set<String> editableFields(String activityId) {
        return DRAFT.equals(activityId) ? DraftFields.EDITABLE : Set.of();
    }

    @Override
    public void applyTaskInput(String caseId, String activityId, Map<String, Object> input) {
        drafting.edit(caseId, input);
    }
}
