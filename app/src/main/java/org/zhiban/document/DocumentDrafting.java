package org.zhiban.document;

import java.time.Clock;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseFiles;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.rules.document.DocumentType;
import org.zhiban.shared.web.ApiProblem;

/** 拟稿: starts a 公文 case and keeps its draft. */
@Service
public class DocumentDrafting {

    /** BPMN process key of the thin 公文 flow (拟稿 → 规范性检查 → 核稿 → 归档). */
    public static final String PROCESS_KEY = "document_basic";
    static final String CASE_TYPE = "document";
    static final String CASE_PREFIX = "GW";

    private final DocumentDrafts drafts;
    private final CaseFiles caseFiles;
    private final RuntimeService runtimeService;
    private final Clock clock;

    public DocumentDrafting(DocumentDrafts drafts, CaseFiles caseFiles, RuntimeService runtimeService, Clock clock) {
        this.drafts = drafts;
        this.caseFiles = caseFiles;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    public record NewDocument(String title, String docType, String body) {}

    public record Started(String caseId, String processInstanceId) {}

    @Transactional
    public Started start(ZhibanUser user, NewDocument request) {
        if (!user.has(Role.OFFICER) || user.departmentId() == null) {
            throw ApiProblem.forbidden("只有科室承办人可以拟稿 / only a department's officer can draft");
        }
        DocumentType type = DocumentTypes.require(request.docType());
        String title = DraftFields.title(request.title());
        String body = DraftFields.body(request.body());
        String caseId = caseFiles.nextCaseId(CASE_PREFIX);
        caseFiles.register(caseId, CASE_TYPE, PROCESS_KEY, user.departmentId(), user.id(), title);
        drafts.insert(new DocumentDraft(caseId, type, title, body, null, null, null, null, null, null, null,
                null, null, null, clock.instant()));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, caseId, Map.of(
                "caseId", caseId, "department", user.departmentId(), "initiator", user.id(),
                "docType", type.name()));
        caseFiles.attachProcessInstance(caseId, instance.getId());
        return new Started(caseId, instance.getId());
    }

    /** Applies the 拟稿 form: only the fields {@link DraftFields#EDITABLE} names, each validated first. */
    void edit(String caseId, Map<String, Object> input) {
        DocumentDraft current = drafts.find(caseId).orElseThrow();
        DocumentDraft edited = DraftFields.apply(current, input, clock.instant());
        drafts.update(edited);
        if (!edited.title().equals(current.title())) {
            caseFiles.retitle(caseId, edited.title());
        }
        if (edited.docType() != current.docType()) {
            // The process variable is what routing and the inbox see; keep it in step with the draft.
            caseFiles.find(caseId).map(CaseFile::processInstanceId)
                    .ifPresent(pi -> runtimeService.setVariable(pi, "docType", edited.docType().name()));
        }
    }
}
