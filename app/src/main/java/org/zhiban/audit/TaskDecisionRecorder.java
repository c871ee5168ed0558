package org.zhiban.audit;

import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.zhiban.identity.Directory;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.platform.GlobalTaskListener;

/**
 * Turns every completed user task, in every process, into a {@link ReviewEvent}. Attached to all user tasks by the
 * platform ({@code GlobalTaskListeners}) at deployment, so no delegate or model has to remember it.
 */
@Component
class TaskDecisionRecorder implements GlobalTaskListener {

    private final ApplicationEventPublisher events;
    private final Directory directory;
    private final Clock clock;

    /** Lazy: this listener is built before the engine (it is part of an engine plugin), the directory after. */
    TaskDecisionRecorder(ApplicationEventPublisher events, @Lazy Directory directory, Clock clock) {
        this.events = events;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public String eventName() {
        return TaskListener.EVENTNAME_COMPLETE;
    }

    @Override
    public void notify(DelegateTask task) {
        Object caseId = task.getVariable("caseId");
        Object outcome = task.getVariableLocal("outcome") != null ? task.getVariableLocal("outcome")
                : task.getVariable("outcome");
        Object opinion = task.getVariable("opinion");
        String user = task.getAssignee() != null ? task.getAssignee() : "unknown";
        Optional<ZhibanUser> who = directory.find(user);
        // The role the user holds now, at decision time; a later role change must not rewrite history.
        String role = who.flatMap(u -> u.roles().stream().sorted().findFirst()).map(Role::groupId).orElse(null);
        events.publishEvent(new ReviewEvent(ReviewEvent.newRecordId(),
                caseId == null ? task.getProcessInstanceId() : caseId.toString(), task.getProcessInstanceId(),
                task.getTaskDefinitionKey(), task.getName(), ReviewActions.ofOutcome(outcome), user, role,
                who.map(ZhibanUser::departmentId).orElse(null), opinion == null ? null : opinion.toString(), null,
                clock.instant()));
    }
}
