package org.zhiban.document;

import java.time.Clock;
import java.time.LocalDate;
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
import org.zhiban.rules.document.DocumentType;
import org.zhiban.shared.ui.Formats;

/**
 * 编号 on signing: runs in the signing transaction, so the number and the signature commit together or not at all —
 * a signing that fails leaves no gap. The 成文日期 becomes the day of signing (GB/T 9704 7.3.5.2: 以负责人签发的日期为准).
 * The signed text is kept as a version and the number goes on the ledger with that version's hash.
 */
@Component("documentNumbering")
class DocumentNumbering implements JavaDelegate {

    static final String SIGN = "sign";

    private final DocumentDrafts drafts;
    private final DocumentNumbers numbers;
    private final DocumentVersions versions;
    private final CaseFiles caseFiles;
    private final CaseHistory history;
    private final IssuingProperties issuing;
    private final SystemRecords records;
    private final Clock clock;

    DocumentNumbering(DocumentDrafts drafts, DocumentNumbers numbers, DocumentVersions versions, CaseFiles caseFiles,
                      CaseHistory history, IssuingProperties issuing, SystemRecords records, Clock clock) {
        this.drafts = drafts;
        this.numbers = numbers;
        this.versions = versions;
        this.caseFiles = caseFiles;
        this.history = history;
        this.issuing = issuing;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable(CaseVariables.CASE_ID);
        CaseFile file = caseFiles.find(caseId).orElseThrow();
        DocumentDraft draft = drafts.find(caseId).orElseThrow();
        String signer = lastDecider(history.decisions(caseId), SIGN);
        LocalDate today = LocalDate.now(clock.withZone(Formats.zone()));
        IssuingProperties.Agency agency = issuing.of(file.department());
        String code = draft.docType() == DocumentType.LETTER ? agency.letterCode() : agency.code();
        DocumentNumbers.Entry number = numbers.assign(caseId, code, today.getYear(), signer, clock.instant());
        DocumentDraft numbered = draft.numbered(number.number(), today, clock.instant());
        drafts.update(numbered);
        versions.save(numbered, execution.getCurrentActivityId(), SystemRecords.SYSTEM_USER, clock.instant());
        records.record(file, execution, ReviewAction.NUMBER, "发文字号 " + number.number() + "，成文日期 "
                + DocumentDraft.asWritten(numbered.signingDate()),
                versions.sha256Of(numbered));
    }

    /** Who decided the latest task of a step: the signing leader for 编号, the issuing officer for 作废. */
    static String lastDecider(List<Decision> decisions, String activityId) {
        return decisions.stream().filter(d -> d.activityId().equals(activityId)).reduce((a, b) -> b)
                .map(Decision::userId).orElse(SystemRecords.SYSTEM_USER);
    }
}
