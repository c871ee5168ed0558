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
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.ledger.record.ReviewAction;
import org.zhiban.rules.document.DocumentType;

/**
 * 公文 as a case type: its fields in GB/T 9704 order, the 发文 steps with their outcomes (核稿, 会签 and 签发 under
 * 职责分离), its number prefix GW. Every save of the draft is a version.
 */
@Component
class DocumentCaseType implements CaseType {

    static final String DRAFT = "draft";
    static final String REVIEW = "review";
    static final String COUNTERSIGN = "countersign";
    static final String SIGN = DocumentNumbering.SIGN;
    static final String ISSUE = DocumentNumberVoiding.ISSUE;
    static final String READ = "read";
    /** Shown in the case view only, never in a task form. */
    private static final String VIEW_ONLY = "@view";

    static final List<String> DIRECTIONS = List.of("上行文", "平行文", "下行文");

    /** 版头 elements first, then 主体, as GB/T 9704 lays a document out; routing, then the archive's trace last. */
    static final List<FieldDescriptor> FIELDS = List.of(
            FieldDescriptor.select("docType", Arrays.stream(DocumentType.values()).map(DocumentType::term).toList())
                    .mandatory().editableIn(START, DRAFT),
            FieldDescriptor.select("direction", DIRECTIONS).editableIn(DRAFT),
            FieldDescriptor.of("copyNumber", FieldKind.TEXT).maxLength(16).pattern("\\d{1,6}").helped().editableIn(DRAFT),
            FieldDescriptor.select("secrecyLevel", List.of("秘密", "机密", "绝密")).editableIn(DRAFT),
            FieldDescriptor.of("secrecyPeriod", FieldKind.TEXT).maxLength(32).helped().editableIn(DRAFT),
            FieldDescriptor.select("urgency", List.of("特急", "加急")).editableIn(DRAFT),
            FieldDescriptor.of("issuingOrgan", FieldKind.TEXT).maxLength(DraftFields.MAX_SHORT).editableIn(DRAFT),
            FieldDescriptor.of("documentNumber", FieldKind.TEXT).maxLength(DraftFields.MAX_SHORT).helped()
                    .shownIn(SIGN, ISSUE, READ),
            FieldDescriptor.of("signer", FieldKind.TEXT).maxLength(DraftFields.MAX_SHORT).helped().editableIn(DRAFT),
            FieldDescriptor.of("title", FieldKind.TEXT).mandatory().maxLength(DraftFields.MAX_TITLE).editableIn(DRAFT),
            FieldDescriptor.of("mainRecipients", FieldKind.TEXT).maxLength(DraftFields.MAX_LONG).helped().editableIn(DRAFT),
            FieldDescriptor.of("body", FieldKind.LONG_TEXT).mandatory().maxLength(DraftFields.MAX_BODY)
                    .editableIn(START, DRAFT),
            FieldDescriptor.of("attachmentNote", FieldKind.LONG_TEXT).maxLength(DraftFields.MAX_LONG).editableIn(DRAFT),
            FieldDescriptor.of("signingDate", FieldKind.DATE).shownIn(SIGN, ISSUE, READ),
            FieldDescriptor.of("copyRecipients", FieldKind.TEXT).maxLength(DraftFields.MAX_LONG).helped().editableIn(DRAFT),
            FieldDescriptor.of("countersignDepartments", FieldKind.DEPARTMENTS).helped().editableIn(DRAFT),
            FieldDescriptor.of("readerDepartments", FieldKind.DEPARTMENTS).helped().editableIn(DRAFT),
            FieldDescriptor.of("overrideReason", FieldKind.LONG_TEXT).maxLength(DraftFields.MAX_LONG).helped()
                    .editableIn(DRAFT),
            FieldDescriptor.of("archivedObjectKey", FieldKind.TEXT).shownIn(VIEW_ONLY),
            FieldDescriptor.of("archivedSha256", FieldKind.TEXT).shownIn(VIEW_ONLY));

    /* 核稿, 会签 and 签发 are independent checks: the 拟稿人 never approves their own draft, nor does one person
       decide two of them, whatever roles they hold. Every check may send the draft back, with its reasons. */
    static final List<CaseStep> STEPS = List.of(
            CaseStep.of(DRAFT, Role.OFFICER, Outcome.primary("submit", ReviewAction.SUBMIT)),
            CaseStep.of(REVIEW, Role.REVIEWER, Outcome.primary("approve", ReviewAction.APPROVE),
                    Outcome.danger("return", ReviewAction.RETURN).withOpinion()).withSeparation(),
            CaseStep.of(COUNTERSIGN, Role.REVIEWER, Outcome.primary("agree", ReviewAction.COUNTERSIGN),
                    Outcome.danger("return", ReviewAction.RETURN).withOpinion()).withSeparation(),
            CaseStep.of(SIGN, Role.LEADER, Outcome.primary("sign", ReviewAction.SIGN),
                    Outcome.danger("return", ReviewAction.RETURN).withOpinion()).withSeparation(),
            CaseStep.of(ISSUE, Role.OFFICER, Outcome.primary("issue", ReviewAction.ISSUE),
                    Outcome.danger("return", ReviewAction.RETURN).withOpinion()),
            CaseStep.of(READ, Role.OFFICER, Outcome.primary("read", ReviewAction.READ)));

    private final DocumentDrafts drafts;
    private final DocumentVersions versions;
    private final IssuingProperties issuing;
    private final CaseFiles caseFiles;
    private final RuntimeService runtimeService;
    private final Clock clock;

    DocumentCaseType(DocumentDrafts drafts, DocumentVersions versions, IssuingProperties issuing, CaseFiles caseFiles,
                     RuntimeService runtimeService, Clock clock) {
        this.drafts = drafts;
        this.versions = versions;
        this.issuing = issuing;
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
        DocumentDraft draft = DocumentDraft.started(file.caseId(), type, file.title(), (String) start.get("body"),
                clock.instant());
        // The office's own name and the usual direction of the 文种 as a start; the drafter may change both.
        drafts.insert(draft);
        DocumentDraft prefilled = DraftFields.apply(draft, Map.of("issuingOrgan", issuing.of(file.department()).organ(),
                "direction", usualDirection(type)), clock.instant());
        drafts.update(prefilled);
        versions.save(prefilled, START, file.initiator(), clock.instant());
        return Map.of("docType", type.name());
    }

    /** 请示 and 报告 go up, 函 goes across (条例 第十五、十六条), the rest usually down. */
    static String usualDirection(DocumentType type) {
        return switch (type) {
            case REQUEST, REPORT, MOTION -> "上行文";
            case LETTER -> "平行文";
            default -> "下行文";
        };
    }

    @Override
    public Map<String, Object> data(String caseId) {
        DocumentDraft d = drafts.find(caseId).orElseThrow();
        Map<String, Object> data = new LinkedHashMap<>(DocumentVersions.contentOf(d));
        data.put("countersignDepartments", d.countersignDepartments());
        data.put("readerDepartments", d.readerDepartments());
        data.put("overrideReason", d.overrideReason());
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
        versions.save(edited, activityId,
                CurrentUser.atAnyStage().map(ZhibanUser::id).orElse(SystemRecords.SYSTEM_USER), clock.instant());
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
