package org.zhiban.document;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseStep;
import org.zhiban.cases.CaseType;
import org.zhiban.cases.FieldDescriptor;
import org.zhiban.cases.FieldKind;
import org.zhiban.cases.Notice;
import org.zhiban.cases.Outcome;
import org.zhiban.identity.Role;
import org.zhiban.ledger.record.ReviewAction;
import org.zhiban.rules.document.DocumentType;

/**
 * 公文 as a case type: its fields in GB/T 9704 order, 拟稿 and 核稿 with their outcomes (核稿 under 职责分离), its
 * number prefix GW.
 */
@Component
class DocumentCaseType implements CaseType {

    static final String DRAFT = "draft";
    static final String REVIEW = "review";
    /** Shown in the case view only, never in a task form. */
    private static final String VIEW_ONLY = "@view";

    /** 版头 elements first, then 正文, as GB/T 9704 lays a document out; the archive's trace last. */
    static final List<FieldDescriptor> FIELDS = List.of(
            FieldDescriptor.select("docType", Arrays.stream(DocumentType.values()).map(DocumentType::term).toList())
                    .mandatory().editableIn(START, DRAFT),
            FieldDescriptor.of("title", FieldKind.TEXT).mandatory().maxLength(DraftFields.MAX_TITLE).editableIn(DRAFT),
            FieldDescriptor.of("documentNumber", FieldKind.TEXT).maxLength(DraftFields.MAX_SHORT).helped().editableIn(DRAFT),
            FieldDescriptor.of("issuingOrgan", FieldKind.TEXT).maxLength(DraftFields.MAX_SHORT).editableIn(DRAFT),
            FieldDescriptor.of("mainRecipients", FieldKind.TEXT).maxLength(DraftFields.MAX_LONG).helped().editableIn(DRAFT),
            FieldDescriptor.of("signingDate", FieldKind.DATE).editableIn(DRAFT),
            FieldDescriptor.select("secrecyLevel", List.of("秘密", "机密", "绝密")).editableIn(DRAFT),
            FieldDescriptor.select("urgency", List.of("特急", "加急")).editableIn(DRAFT),
            FieldDescriptor.of("attachmentNote", FieldKind.LONG_TEXT).maxLength(DraftFields.MAX_LONG).editableIn(DRAFT),
            FieldDescriptor.of("body", FieldKind.LONG_TEXT).mandatory().maxLength(DraftFields.MAX_BODY)
                    .editableIn(START, DRAFT),
            FieldDescriptor.of("archivedObjectKey", FieldKind.TEXT).shownIn(VIEW_ONLY),
            FieldDescriptor.of("archivedSha256", FieldKind.TEXT).shownIn(VIEW_ONLY));

    static final List<CaseStep> STEPS = List.of(
            CaseStep.of(DRAFT, Role.OFFICER, Outcome.primary("submit", ReviewAction.SUBMIT)),
            // 核稿 is an independent check: the 拟稿人 never approves their own draft, whatever roles they hold.
            CaseStep.of(REVIEW, Role.REVIEWER, Outcome.primary("approve", ReviewAction.APPROVE),
                    Outcome.danger("return", ReviewAction.RETURN).withOpinion()).withSeparation());

    private final DocumentDrafts drafts;
    private final CaseFiles caseFiles;
    private final RuntimeService runtimeService;
    private final Clock clock;

    DocumentCaseType(DocumentDrafts drafts, CaseFiles caseFiles, RuntimeService runtimeService, Clock clock) {
        this.drafts = drafts;
        this.caseFiles = caseFiles;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    @Override
    public String id() {
        return DocumentDrafting.CASE_TYPE;
    }

    @Override
    public String numberPrefix() {
        return "GW";
    }

    @Override
    public String processKey() {
        return DocumentDrafting.PROCESS_KEY;
    }

    @Override
    public List<FieldDescriptor> fields() {
        return FIELDS;
    }

    @Override
    public List<CaseStep> steps() {
        return STEPS;
    }

    @Override
    public Map<String, Object> create(CaseFile file, Map<String, Object> start) {
        DocumentType type = DocumentTypes.require((String) start.get("docType"));
        drafts.insert(new DocumentDraft(file.caseId(), type, file.title(), (String) start.get("body"), null, null, null,
                null, null, null, null, null, null, null, clock.instant()));
        return Map.of("docType", type.name());
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
    public List<Notice> notices(String caseId) {
        return drafts.latestFindings(caseId).stream()
                .map(f -> Notice.rule(f.severity().name(), f.field(), f.message(), f.basis())).toList();
    }

    @Override
    public void applyTaskInput(String caseId, String activityId, Map<String, Object> input) {
        DocumentDraft current = drafts.find(caseId).orElseThrow();
        DocumentDraft edited = DraftFields.apply(current, input, clock.instant());
        drafts.update(edited);
        if (!edited.title().equals(current.title())) {
            caseFiles.retitle(caseId, edited.title());
        }
        if (edited.docType() != current.docType()) {
            // The process variable is what routing sees; keep it in step with the draft.
            caseFiles.find(caseId).map(CaseFile::processInstanceId)
                    .ifPresent(pi -> runtimeService.setVariable(pi, "docType", edited.docType().name()));
        }
    }
}
