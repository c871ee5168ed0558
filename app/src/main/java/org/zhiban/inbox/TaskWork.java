package org.zhiban.inbox;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiban.cases.CaseAccess;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.CaseForms;
import org.zhiban.cases.CaseStep;
import org.zhiban.cases.CaseTask;
import org.zhiban.cases.CaseTasks;
import org.zhiban.cases.CaseTypes;
import org.zhiban.cases.CaseVariables;
import org.zhiban.cases.ConcurrentUpdates;
import org.zhiban.cases.Outcome;
import org.zhiban.cases.SeparationOfDuties;
import org.zhiban.cases.TaskDecided;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.Refusal;

/**
 * 办理: claims and completes tasks for a user. Everything is checked before anything changes; the form input,
 * the engine's completion and the one {@link TaskDecided} event (办理过程 and the review log listen to it)
 * commit in one transaction.
 */
@Service
public class TaskWork {

    private final TaskService taskService;
    private final CaseTasks caseTasks;
    private final CaseFiles caseFiles;
    private final CaseAccess caseAccess;
    private final CaseTypes caseTypes;
    private final CaseForms caseForms;
    private final SeparationOfDuties separation;
    private final ApplicationEventPublisher events;
    private final ConcurrentUpdates concurrentUpdates;
    private final Clock clock;

    public TaskWork(TaskService taskService, CaseTasks caseTasks, CaseFiles caseFiles, CaseAccess caseAccess,
                    CaseTypes caseTypes, CaseForms caseForms, SeparationOfDuties separation,
                    ApplicationEventPublisher events, ConcurrentUpdates concurrentUpdates, Clock clock) {
        this.taskService = taskService;
        this.caseTasks = caseTasks;
        this.caseFiles = caseFiles;
        this.caseAccess = caseAccess;
        this.caseTypes = caseTypes;
        this.caseForms = caseForms;
        this.separation = separation;
        this.events = events;
        this.concurrentUpdates = concurrentUpdates;
        this.clock = clock;
    }

    /**
     * An open task this user may work on, with its case; not found when it is not theirs to see, forbidden when
     * 职责分离 keeps it from them (they opened the case or decided another of its steps).
     */
    public WorkItem workItem(ZhibanUser user, String taskId) {
        CaseTask task = caseTasks.find(taskId).orElse(null);
        if (task != null && !caseAccess.canWorkOn(user, task) && caseAccess.couldClaim(user, task)) {
            throw Refusal.conflict("task.claimedByOther", "该待办已由他人签收 / task already claimed by someone else");
        }
        if (task == null || !caseAccess.canWorkOn(user, task)) {
            throw Refusal.notFound("task.notFound", "待办不存在或无权办理 / no such task: " + taskId, taskId);
        }
        CaseFile file = caseFiles.find(task.caseId()).orElseThrow();
        if (separation.bars(user, file, task.activityId())) {
            throw Refusal.forbidden("task.separationOfDuties", "职责分离：您已参与办理本案的其他环节，不能办理「"
                    + task.name() + "」/ separation of duties: you took part in this case and may not decide "
                    + task.name(), task.name());
        }
        List<Outcome> outcomes = caseTypes.of(file).step(task.activityId()).map(CaseStep::outcomes).orElse(List.of());
        return new WorkItem(task.taskId(), task.name(), task.activityId(), task.assignee(), task.department(),
                routedRole(user, file, task), file, outcomes.stream().map(Outcome::id).toList(), outcomes);
    }

    @Transactional
    public void claim(ZhibanUser user, String taskId) {
        WorkItem item = workItem(user, taskId);
        if (item.assignee() == null) {
            taskService.claim(taskId, user.id());
        }
    }

    /**
     * Completes the task in one transaction; repeated when a job or another person changed the process instance
     * at the same time (every check runs again, so a task someone else finished meanwhile is refused, not done twice).
     */
    public void complete(ZhibanUser user, String taskId, TaskCompletion completion) {
        concurrentUpdates.run(() -> completeOnce(user, taskId, completion));
    }

    private void completeOnce(ZhibanUser user, String taskId, TaskCompletion completion) {
        WorkItem item = workItem(user, taskId);
        Outcome outcome = declaredOutcome(item, completion);
        String opinion = completion.opinion() == null || completion.opinion().isBlank() ? null : completion.opinion().strip();
        if (item.assignee() == null) {
            taskService.claim(taskId, user.id());
        }
        List<String> edited = caseForms.apply(item.caseFile(), item.activityId(), completion.variables());
        events.publishEvent(new TaskDecided(java.util.UUID.randomUUID().toString(), item.caseFile().caseId(),
                item.caseFile().processInstanceId(), taskId, item.activityId(), item.name(), user.id(), item.role(),
                item.department(), outcome.id(), outcome.action().entryName(), opinion, edited,
                completion.suggestion(), clock.instant()));
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.OUTCOME, outcome.id());
        variables.put(CaseVariables.OPINION, opinion);
        taskService.complete(taskId, variables);
    }

    /** The outcome as declared for this step; an undeclared one is refused, never recorded as something else. */
    static Outcome declaredOutcome(WorkItem item, TaskCompletion completion) {
        Outcome outcome = item.outcomeOptions().stream().filter(o -> o.id().equals(completion.outcome())).findFirst()
                .orElseThrow(() -> Refusal.invalid("task.outcome.unknown", "「" + item.name() + "」可选的办理结果为 "
                        + item.outcomes() + " / outcome must be one of " + item.outcomes(), item.name(),
                        String.join(", ", item.outcomes())));
        String opinion = completion.opinion();
        if (outcome.opinionRequired() && (opinion == null || opinion.isBlank())) {
            throw Refusal.invalid("task.opinion.required", "此办理结果必须填写审批意见 / an opinion is required for outcome "
                    + outcome.id(), outcome.id());
        }
        if (opinion != null && opinion.length() > TaskCompletion.MAX_OPINION_LENGTH) {
            throw Refusal.invalid("task.opinion.tooLong", "审批意见不能超过 " + TaskCompletion.MAX_OPINION_LENGTH
                    + " 字 / opinion too long", TaskCompletion.MAX_OPINION_LENGTH);
        }
        return outcome;
    }

    /** The candidate group of the task the user holds; for a task assigned directly, the step's declared role. */
    private String routedRole(ZhibanUser user, CaseFile file, CaseTask task) {
        return task.candidateGroups().stream().filter(user.roleGroupIds()::contains).sorted().findFirst()
                .orElseGet(() -> caseTypes.of(file).step(task.activityId()).map(s -> s.role().groupId()).orElse(null));
    }
}
