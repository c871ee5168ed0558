package org.zhiban.contract;

import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhiban.cases.CaseClassification;
import org.zhiban.audit.ReviewRecords;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.CaseVariables;
import org.zhiban.ledger.record.ReviewAction;
import org.zhiban.rules.contract.PartyRole;

/**
 * 自动审查 step: reviews the case's current contract (against its 中标通知书 when there is one) and keeps the round.
 * The record names the reviewed file's hash, so the findings provably concern the uploaded text; a model's part
 * is an AI suggestion on the ledger.
 */
@Component("contractAutoReview")
class ContractAutoReview implements JavaDelegate {

    private final ContractStore store;
    private final ContractFiles files;
    private final ContractReviewing reviewing;
    private final CaseFiles caseFiles;
    private final CaseClassification classification;
    private final ReviewRecords records;
    private final Clock clock;

    ContractAutoReview(ContractStore store, ContractFiles files, ContractReviewing reviewing, CaseFiles caseFiles,
                       CaseClassification classification, ReviewRecords records, Clock clock) {
        this.store = store;
        this.files = files;
        this.reviewing = reviewing;
        this.caseFiles = caseFiles;
        this.classification = classification;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable(CaseVariables.CASE_ID);
        CaseFile file = caseFiles.find(caseId).orElseThrow();
        ContractStore.Source source = store.currentSource(caseId, ContractStore.CONTRACT)
                .orElseThrow(() -> new IllegalStateException("no contract file for " + caseId));
        Optional<ContractStore.Source> award = store.currentSource(caseId, ContractStore.AWARD);
        ContractReviewing.Review review = reviewing.review(files.text(source), award.map(files::text),
                classification.of(file), caseId);
        String partyA = ContractReports.partyName(review.parsed(), PartyRole.FIRST).orElse(null);
        String partyB = ContractReports.partyName(review.parsed(), PartyRole.SECOND).orElse(null);
        store.addRound(caseId, source.id(), award.map(ContractStore.Source::id).orElse(null), review,
                ContractReports.parsed(review.parsed()), partyA, partyB, ContractReports.total(review.parsed()),
                clock.instant());
        long model = review.findings().stream().filter(f -> ReviewedFinding.MODEL.equals(f.source())).count();
        String summary = "自动审查《" + source.fileName() + "》：风险" + review.risk().level().label() + "，评分 "
                + review.risk().score() + "，规则发现 " + (review.findings().size() - model) + " 项"
                + (model > 0 ? "，模型提示 " + model + " 项" : "") + "；" + review.methodNote();
        records.system(file, execution.getProcessInstanceId(), execution.getCurrentActivityId(),
                execution.getCurrentActivityName(), model > 0 ? ReviewAction.SUGGEST_AI : ReviewAction.REPORT, summary,
                source.sha256());
        execution.setVariable("riskLevel", ContractStore.level(review));
        execution.setVariable("complianceScore", review.risk().score());
    }
}
