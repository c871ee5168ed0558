package org.zhiban.contract;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiban.cases.CaseAccess;
import org.zhiban.audit.ReviewRecords;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.CaseTask;
import org.zhiban.cases.CaseTasks;
import org.zhiban.cases.TaskDecided;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.ledger.record.ReviewAction;
import org.zhiban.shared.Refusal;

/**
 * 会审意见 on each finding: the 法务, 财务 or 业务 reviewer holding a 会审 task accepts a finding (采纳) or overrides it
 * (不采纳, with the reason). Each decision is a review record. A reviewer agrees to the contract only after deciding
 * every finding of the current round; a 签批 or 会审 decision itself is kept with the round for the report.
 */
@Service
public class ContractDecisions {

    static final Set<String> DECISIONS = Set.of("accept", "override");
    static final String REVIEW_PART = "reviewPart";

    private final ContractStore store;
    private final CaseFiles caseFiles;
    private final CaseAccess access;
    private final CaseTasks tasks;
    private final TaskService taskService;
    private final ReviewRecords records;
    private final Clock clock;

    ContractDecisions(ContractStore store, CaseFiles caseFiles, CaseAccess access, CaseTasks tasks,
                      TaskService taskService, ReviewRecords records, Clock clock) {
        this.store = store;
        this.caseFiles = caseFiles;
        this.access = access;
        this.tasks = tasks;
        this.taskService = taskService;
        this.records = records;
        this.clock = clock;
    }

    /** The 会审 task this user may work on in this case, if any. */
    public java.util.Optional<CaseTask> reviewTask(ZhibanUser user, String caseId) {
        return tasks.ofStep(caseId, ContractCaseType.JOINT_REVIEW).stream()
                .filter(t -> "open".equals(t.state()) && access.canWorkOn(user, t)).findFirst();
    }

    public String partOf(CaseTask task) {
        Object part = taskService.getVariable(task.taskId(), REVIEW_PART);
        return part == null ? "business" : part.toString();
    }

    @Transactional
    public ContractReport.DecisionView decide(ZhibanUser user, String caseId, String findingId, String decision,
                                              String opinion) {
        CaseFile file = access.readable(user, caseId);
        if (decision == null || !DECISIONS.contains(decision)) {
            throw Refusal.invalid("contract.decision.invalid", "审查意见的处理只能是 accept（采纳）或 override（不采纳）"
                    + " / decision must be accept or override");
        }
        String reason = opinion == null || opinion.isBlank() ? null : opinion.strip();
        if ("override".equals(decision) && reason == null) {
            throw Refusal.invalid("contract.decision.reason", "不采纳审查意见须说明理由 / overriding a finding needs a reason");
        }
        if (reason != null && reason.length() > 2000) {
            throw Refusal.invalid("contract.decision.tooLong", "意见不能超过 2000 字 / opinion too long");
        }
        CaseTask task = reviewTask(user, caseId).orElseThrow(() -> Refusal.conflict("contract.decision.noTask",
                "只有办理“会审”待办的审核人可以处理审查意见 / only a reviewer holding a 会审 task decides findings"));
        ContractStore.StoredFinding finding = store.finding(caseId, findingId)
                .orElseThrow(() -> Refusal.notFound("contract.finding.notFound", "审查意见不存在 / no such finding", findingId));
        ContractStore.Round round = store.latestRound(caseId).orElseThrow();
        if (!finding.reviewId().equals(round.id())) {
            throw Refusal.conflict("contract.finding.stale", "该审查意见属于上一轮审查 / the finding belongs to an earlier round");
        }
        String part = partOf(task);
        store.addDecision(caseId, round.id(), findingId, part, decision, reason, user.id(), user.displayName(),
                user.departmentId(), clock.instant());
        boolean model = ReviewedFinding.MODEL.equals(finding.finding().source());
        ReviewAction action = model ? ("accept".equals(decision) ? ReviewAction.ACCEPT_AI : ReviewAction.REJECT_AI)
                : "accept".equals(decision) ? ReviewAction.APPROVE : ReviewAction.OVERRIDE_RULE;
        records.act(file, file.processInstanceId(), ContractCaseType.JOINT_REVIEW, "会审", action, user.id(),
                Role.REVIEWER.groupId(), user.departmentId(), ContractLabels.part(part) + ContractLabels.decision(decision) + " "
                        + finding.finding().ruleId() + "（" + finding.finding().message() + "）"
                        + (reason == null ? "" : "：" + reason), null);
        return new ContractReport.DecisionView(findingId, part, user.id(), user.displayName(), user.departmentId(),
                decision, reason, clock.instant());
    }

    /**
     * In the completing transaction of a 会审 or 签批 task: an agreement with findings left undecided by this part is
     * refused (nothing is completed); otherwise the decision joins the round.
     */
    @EventListener
    void on(TaskDecided decided) {
        if (!ContractCaseType.JOINT_REVIEW.equals(decided.activityId())
                && !ContractCaseType.APPROVE.equals(decided.activityId())) {
            return;
        }
        CaseFile file = caseFiles.find(decided.caseId()).orElse(null);
        if (file == null || !ContractCaseType.ID.equals(file.caseType())) {
            return;
        }
        ContractStore.Round round = store.latestRound(file.caseId()).orElseThrow();
        String part = "leader";
        if (ContractCaseType.JOINT_REVIEW.equals(decided.activityId())) {
            part = tasks.find(decided.taskId()).map(this::partOf).orElse("business");
            if ("agree".equals(decided.outcome())) {
                String thisPart = part;
                Set<String> decided0 = store.decisions(round.id()).stream()
                        .filter(d -> d.findingId() != null && thisPart.equals(d.part()))
                        .map(ContractStore.StoredDecision::findingId).collect(Collectors.toSet());
                List<String> open = store.findings(round.id()).stream().map(ContractStore.StoredFinding::id)
                        .filter(id -> !decided0.contains(id)).toList();
                if (!open.isEmpty()) {
                    throw Refusal.invalid("contract.findings.undecided", "尚有 " + open.size()
                            + " 项审查意见未处理（采纳或不采纳），请逐项处理后再同意 / " + open.size()
                            + " findings still to accept or override", open.size());
                }
            }
        }
        store.addDecision(file.caseId(), round.id(), null, part, decided.outcome(), decided.opinion(),
                decided.userId(), null, decided.department(), decided.decidedAt());
    }
}
