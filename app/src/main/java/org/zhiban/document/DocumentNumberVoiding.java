package org.zhiban.document;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.CaseHistory;
import org.zhiban.cases.CaseVariables;
import org.zhiban.cases.Decision;
import org.zhiban.ledger.record.ReviewAction;

/**
 * 作废文号: a signed document sent back at 用印/印发 loses its 发文字号 and 成文日期 — it will be signed again and
 * numbered anew. The voided number stays in the register with who sent it back and why, and on the ledger.
 */
@Component("documentNumberVoiding")
class DocumentNumberVoiding implements JavaDelegate {

    static final String ISSUE = "issue";

    private final DocumentDrafts drafts;
    private final DocumentNumbers numbers;
    private final CaseFiles caseFiles;
    private final CaseHistory history;
    private final SystemRecords records;
    private final Clock clock;

    DocumentNumberVoiding(DocumentDrafts drafts, DocumentNumbers numbers, CaseFiles caseFiles, CaseHistory history,
                          SystemRecords records, Clock clock) {
        this.drafts = drafts;
        this.numbers = numbers;
        this.caseFiles = caseFiles;
        this.history = history;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable(CaseVariables.CASE_ID);
        CaseFile file = caseFiles.find(caseId).orElseThrow();
        List<Decision> decisions = history.decisions(caseId);
        Decision sentBack = decisions.stream().filter(d -> d.activityId().equals(ISSUE)).reduce((a, b) -> b).orElse(null);
        String by = sentBack == null ? SystemRecords.SYSTEM_USER : sentBack.userId();
        String reason = sentBack == null || sentBack.opinion() == null ? "印发前退回" : sentBack.opinion();
        numbers.voidCurrent(caseId, by, reason, clock.instant()).ifPresent(voided -> {
            drafts.update(drafts.find(caseId).orElseThrow().numbered(null, null, clock.instant()));
            records.record(file, execution, ReviewAction.NUMBER, "作废发文字号 " + voided.number() + "：" + reason, null);
        });
    }
}
