package org.zhiban.contract;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhiban.audit.ReviewRecords;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.CaseVariables;
import org.zhiban.integrations.storage.ObjectStore;
import org.zhiban.integrations.storage.StoredObject;
import org.zhiban.ledger.record.ReviewAction;

/**
 * 审查报告 step (a job, retried; an incident when it keeps failing): the report after 会审 as PDF, DOCX and JSON in
 * object storage, the PDF's hash on the ledger with the others' named in the record — what the leader signs is
 * provably what was reported.
 */
@Component("contractReporting")
class ContractReporting implements JavaDelegate {

    static final String PREFIX = "contract-reports";

    private final ContractCaseReports reports;
    private final ContractStore store;
    private final CaseFiles caseFiles;
    private final ObjectStore objects;
    private final ReviewRecords records;
    private final Clock clock;

    ContractReporting(ContractCaseReports reports, ContractStore store, CaseFiles caseFiles, ObjectStore objects,
                      ReviewRecords records, Clock clock) {
        this.reports = reports;
        this.store = store;
        this.caseFiles = caseFiles;
        this.objects = objects;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable(CaseVariables.CASE_ID);
        CaseFile file = caseFiles.find(caseId).orElseThrow();
        ContractReport report = reports.of(file).orElseThrow(() -> new IllegalStateException("no review of " + caseId));
        ContractStore.Round round = store.latestRound(caseId).orElseThrow();
        StoredObject pdf = objects.put(PREFIX, reports.render(report, ContractCaseReports.Format.PDF), "application/pdf");
        StoredObject docx = objects.put(PREFIX, reports.render(report, ContractCaseReports.Format.DOCX),
                ContractCaseReports.Format.DOCX.mediaType);
        StoredObject json = objects.put(PREFIX, reports.render(report, ContractCaseReports.Format.JSON),
                "application/json");
        store.reported(round.id(), pdf.key(), pdf.sha256(), clock.instant());
        records.system(file, execution.getProcessInstanceId(), execution.getCurrentActivityId(),
                execution.getCurrentActivityName(), ReviewAction.REPORT, "审查报告（第 " + round.round() + " 轮）：风险"
                        + report.levelLabel() + "，评分 " + report.score() + "；PDF " + pdf.sha256() + "，DOCX "
                        + docx.sha256() + "，JSON " + json.sha256(), pdf.sha256());
    }
}
