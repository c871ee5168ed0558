package org.zhiban.inbox;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiban.cases.CaseAccess;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.CaseHistory;
import org.zhiban.cases.Decision;
import org.zhiban.cases.CaseType;
import org.zhiban.cases.CaseTypes;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.web.ApiProblem;

/**
 * 办理: claims and completes tasks for a user. Everything is checked before anything changes; the form input,
 * the decision row, the engine's completion and the review-record event commit in one transaction.
 */
@Service
public class TaskWork {

    private final TaskService taskService;
    private final CaseFiles caseFiles;
    private final CaseAccess caseAccess;
    private final CaseTypes caseTypes;
    private final CaseHistory caseHistory;
    private final Clock clock;

    public TaskWork(TaskService taskService, CaseFiles caseFiles, CaseAccess caseAccess, CaseTypes caseTypes,
                    CaseHistory caseHistory, Clock clock) {
        this.taskService = taskService;
        this.caseFiles = caseFiles;
        this.caseAccess = caseAccess;
        this.caseTypes = caseTypes;
        this.caseHistory = caseHistory;
        this.clock = clock;
    }

    /** An open task this user may work on, with its case; 404 when it is not theirs to see. */
    public WorkItem workItem(ZhibanUser user, String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).active().singleResult();
        CaseFile file = task == null ? null
                : caseFiles.findByProcessInstance(task.getProcessInstanceId()).orElse(null);
        if (task == null || file == null || !caseAccess.canWork(user, file) || !mayWork(user, task)) {
            throw ApiProblem.notFound("待办不存在或无权办理 / no such task: " + taskId);
        }
        CaseType type = caseTypes.of(file);
        return new WorkItem(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getAssignee(), file,
                type.outcomes(task.getTaskDefinitionKey()), type.editableFields(task.getTaskDefinitionKey()),
                type.outcomesNeedingOpinion(task.getTaskDefinitionKey()));
    }

    @Transactional
    public void claim(ZhibanUser user, String taskId) {
        WorkItem item = workItem(user, taskId);
        if (item.assignee() == null) {
            taskService.claim(taskId, user.id());
        } else if (!item.assignee().equals(user.id())) {
            throw ApiProblem.conflict("该待办已由他人签收 / task already claimed by someone else");
        }
    }

    @Transactional
    public void complete(ZhibanUser user, String taskId, TaskCompletion completion) {
        WorkItem item = workItem(user, taskId);
        validate(item, completion);
        if (item.assignee() == null) {
            taskService.claim(taskId, user.id());
        } else if (!item.assignee().equals(user.id())) {
            throw ApiProblem.conflict("该待办已由他人签收 / task already claimed by someone else");
        }
        CaseType type = caseTypes.of(item.caseFile());
        if (!completion.variables().isEmpty()) {
            type.applyTaskInput(item.caseFile().caseId(), item.activityId(), completion.variables());
        }
        String opinion = completion.opinion() == null ? null : completion.opinion().strip();
        caseHistory.recordDecision(new Decision(item.taskId(), item.caseFile().caseId(),
                item.caseFile().processInstanceId(), item.activityId(), item.name(), user.id(),
                completion.outcome(), opinion, clock.instant()));
        Map<String, Object> variables = new HashMap<>();
        variables.put("outcome", completion.outcome());
        variables.put("opinion", opinion);
        taskService.complete(taskId, variables);
    }

    private static void validate(WorkItem item, TaskCompletion completion) {
        String outcome = completion.outcome();
        if (outcome == null || !item.outcomes().contains(outcome)) {
            throw ApiProblem.invalid("「" + item.name() + "」可选的办理结果为 " + item.outcomes()
                    + " / outcome must be one of " + item.outcomes());
        }
        String opinion = completion.opinion();
        if (item.outcomesNeedingOpinion().contains(outcome) && (opinion == null || opinion.isBlank())) {
            throw ApiProblem.invalid("退回时必须填写审批意见 / an opinion is required for outcome " + outcome);
        }
        if (opinion != null && opinion.length() > TaskCompletion.MAX_OPINION_LENGTH) {
            throw ApiProblem.invalid("审批意见不能超过 " + TaskCompletion.MAX_OPINION_LENGTH + " 字 / opinion too long");
        }
        Set<String> unknown = new java.util.TreeSet<>(completion.variables().keySet());
        unknown.removeAll(item.editableFields());
        if (!unknown.isEmpty()) {
            throw ApiProblem.invalid("此环节不能修改字段 " + unknown + " / fields not editable here: " + unknown);
        }
    }

    private boolean mayWork(ZhibanUser user, Task task) {
        if (user.id().equals(task.getAssignee())) {
            return true;
        }
        if (task.getAssignee() != null) {
            // Visible to colleagues of the same group only until someone claims it.
            return false;
        }
        Set<String> groups = user.roleGroupIds();
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).anyMatch(groups::contains);
    }
}
