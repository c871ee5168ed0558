package org.zhiban.document;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.CaseVariables;
import org.zhiban.identity.Role;
import org.zhiban.ledger.record.ReviewAction;
import org.zhiban.rules.document.Finding;

/**
 * 规范性检查 step: runs the compliance rules over the draft, keeps the findings, routes on errors. An error blocks
 * the draft unless the drafter gave a reason to go ahead anyway; that override is a review record naming the rules
 * it set aside, and it holds for this submission only.
 */
@Component("documentComplianceCheck")
class DocumentComplianceCheck implements JavaDelegate {

    private final DocumentDrafts drafts;
    private final DocumentChecking checking;
    private final CaseFiles caseFiles;
    private final SystemRecords records;
    private final Clock clock;

    DocumentComplianceCheck(DocumentDrafts drafts, DocumentChecking checking, CaseFiles caseFiles,
                            SystemRecords records, Clock clock) {
        this.drafts = drafts;
        this.checking = checking;
        this.caseFiles = caseFiles;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable(CaseVariables.CASE_ID);
        DocumentDraft draft = drafts.find(caseId).orElseThrow(() -> new IllegalStateException("no draft " + caseId));
        List<Finding> findings = checking.check(draft);
        drafts.saveFindings(caseId, findings, clock.instant());
        List<String> blocking = findings.stream().filter(f -> f.severity().blocksSubmission())
                .map(Finding::ruleId).distinct().toList();
        boolean overridden = !blocking.isEmpty() && draft.overrideReason() != null && !draft.overrideReason().isBlank();
        if (overridden) {
            CaseFile file = caseFiles.find(caseId).orElseThrow();
            records.recordFor(file, execution, ReviewAction.OVERRIDE_RULE, file.initiator(), Role.OFFICER.groupId(),
                    "拟稿人说明理由后提交（" + String.join("、", blocking) + "）：" + draft.overrideReason(), null);
        }
        if (draft.overrideReason() != null) {
            drafts.update(draft.withoutOverride());
        }
        execution.setVariable("compliancePassed", blocking.isEmpty() || overridden);
        execution.setVariable("findingCount", findings.size());
    }
}
