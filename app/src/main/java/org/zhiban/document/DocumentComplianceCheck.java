package org.zhiban.document;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhiban.cases.CaseVariables;
import org.zhiban.rules.document.DocumentRules;
import org.zhiban.rules.document.Finding;

/** 规范性检查 step: runs the Drools 公文 rules over the draft, keeps the findings, routes on errors. */
@Component("documentComplianceCheck")
class DocumentComplianceCheck implements JavaDelegate {

    private final DocumentDrafts drafts;
    private final DocumentRules rules;
    private final Clock clock;

    DocumentComplianceCheck(DocumentDrafts drafts, DocumentRules rules, Clock clock) {
        this.drafts = drafts;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable(CaseVariables.CASE_ID);
        DocumentDraft draft = drafts.find(caseId).orElseThrow(() -> new IllegalStateException("no draft " + caseId));
        List<Finding> findings = rules.check(draft.facts());
        drafts.saveFindings(caseId, findings, clock.instant());
        boolean passed = findings.stream().noneMatch(f -> f.severity().blocksSubmission());
        execution.setVariable("compliancePassed", passed);
        execution.setVariable("findingCount", findings.size());
    }
}
