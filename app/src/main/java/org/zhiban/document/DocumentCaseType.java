package org.zhiban.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhiban.cases.CaseType;

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
