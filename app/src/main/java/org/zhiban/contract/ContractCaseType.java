package org.zhiban.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseStep;
import org.zhiban.cases.CaseType;
import org.zhiban.cases.FieldDescriptor;
import org.zhiban.cases.FieldKind;
import org.zhiban.cases.Notice;
import org.zhiban.cases.Outcome;
import org.zhiban.identity.Role;
import org.zhiban.ledger.record.ReviewAction;

/**
 * 合同审查 as a case type (案号 HT-…): 上传 → 自动审查 → 会审 by 法务, 财务 and 业务 in parallel → 审查报告 → 签批,
 * with 修改合同 when a reviewer or the leader sends it back. The case opens only with its file
 * ({@link ContractIntake}); its fields show what the latest review found.
 */
@Component
class ContractCaseType implements CaseType {

    static final String ID = "contract";
    static final String PROCESS_KEY = "contract_review";
    static final String REVISE = "revise";
    static final String JOINT_REVIEW = "jointReview";
    static final String APPROVE = "approve";
    static final String UPLOAD = "upload";
    private static final String VIEW_ONLY = "@view";

    static final List<FieldDescriptor> FIELDS = List.of(
            FieldDescriptor.of(UPLOAD, FieldKind.TEXT).mandatory().maxLength(64).editableIn(START).shownIn(START),
            FieldDescriptor.of("contractFile", FieldKind.TEXT).shownIn(REVISE, JOINT_REVIEW, APPROVE),
            FieldDescriptor.of("partyA", FieldKind.TEXT).shownIn(REVISE, JOINT_REVIEW, APPROVE),
            FieldDescriptor.of("partyB", FieldKind.TEXT).shownIn(REVISE, JOINT_REVIEW, APPROVE),
            FieldDescriptor.of("totalAmount", FieldKind.MONEY).shownIn(REVISE, JOINT_REVIEW, APPROVE),
            FieldDescriptor.of("riskLevel", FieldKind.TEXT).shownIn(REVISE, JOINT_REVIEW, APPROVE),
            FieldDescriptor.of("complianceScore", FieldKind.NUMBER).shownIn(REVISE, JOINT_REVIEW, APPROVE),
            FieldDescriptor.of("reviewMethod", FieldKind.TEXT).shownIn(VIEW_ONLY),
            FieldDescriptor.of("reviewRound", FieldKind.NUMBER).shownIn(VIEW_ONLY),
            FieldDescriptor.of("contractSha256", FieldKind.TEXT).shownIn(VIEW_ONLY),
            FieldDescriptor.of("reportSha256", FieldKind.TEXT).shownIn(APPROVE));

    /* 会审 and 签批 are independent of the officer who brought the contract: separated. Each may send it back. */
    static final List<CaseStep> STEPS = List.of(
            CaseStep.of(REVISE, Role.OFFICER, Outcome.primary("resubmit", ReviewAction.SUBMIT),
                    Outcome.danger("withdraw", ReviewAction.COMMENT).withOpinion().label("outcome.contract.withdraw")),
            CaseStep.of(JOINT_REVIEW, Role.REVIEWER, Outcome.primary("agree", ReviewAction.COUNTERSIGN).label("outcome.contract.agree"),
                    Outcome.danger("return", ReviewAction.RETURN).withOpinion()).withSeparation(),
            CaseStep.of(APPROVE, Role.LEADER, Outcome.primary("approve", ReviewAction.APPROVE).label("outcome.contract.approve"),
                    Outcome.danger("return", ReviewAction.RETURN).withOpinion()).withSeparation());

    private final ContractFiles files;
    private final ContractStore store;

    ContractCaseType(ContractFiles files, ContractStore store) {
        this.files = files;
        this.store = store;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String numberPrefix() {
        return "HT";
    }

    @Override
    public String processKey() {
        return PROCESS_KEY;
    }

    @Override
    public List<FieldDescriptor> fields() {
        return FIELDS;
    }

    @Override
    public List<CaseStep> steps() {
        return STEPS;
    }

    /** Binds the files read for this opening to the case; the process's 自动审查 reads them next. */
    @Override
    public Map<String, Object> create(CaseFile file, Map<String, Object> start) {
        files.bind(file, (String) start.get(UPLOAD));
        return Map.of();
    }

    @Override
    public Map<String, Object> data(String caseId) {
        Map<String, Object> data = new LinkedHashMap<>();
        store.currentSource(caseId, ContractStore.CONTRACT).ifPresent(s -> {
            data.put("contractFile", s.fileName());
            data.put("contractSha256", s.sha256());
        });
        store.latestRound(caseId).ifPresent(r -> {
            data.put("partyA", r.partyA());
            data.put("partyB", r.partyB());
            data.put("totalAmount", r.total());
            data.put("riskLevel", ContractLabels.level(r.level()));
            data.put("complianceScore", r.score());
            data.put("reviewMethod", r.methodNote());
            data.put("reviewRound", r.round());
            data.put("reportSha256", r.reportSha256());
        });
        return data;
    }

    @Override
    public List<Notice> notices(String caseId) {
        return store.latestRound(caseId).map(r -> store.findings(r.id()).stream()
                .map(f -> Notice.rule(ContractLabels.noticeSeverity(f.finding().severity()), null,
                        (f.finding().clause() == null ? "" : f.finding().clause() + "：") + f.finding().message(),
                        f.finding().citation()))
                .toList()).orElse(List.of());
    }

    @Override
    public void applyTaskInput(String caseId, String activityId, Map<String, Object> input) {
        // no task edits fields: the revised contract arrives as a file (ContractIntake.revise)
    }

    /** 法务 and 财务 take part in every review: they see all of it. */
    @Override
    public boolean visibleToParticipant(FieldDescriptor field, String department) {
        return !UPLOAD.equals(field.key());
    }
}
