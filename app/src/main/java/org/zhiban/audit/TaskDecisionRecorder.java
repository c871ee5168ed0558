package org.zhiban.audit;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Turns every completed user task, in every process, into a {@link ReviewEvent}. Attached to all user tasks by
 * {@link ReviewRecordingPlugin} at deployment, so no delegate or model has to remember it.
 */
@Component
class TaskDecisionRecorder implements TaskListener {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskDecisionRecorder(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Object caseId = task.getVariable("caseId");
        Object outcome = task.getVariableLocal("outcome") != null ? task.getVariableLocal("outcome")
                : task.getVariable("outcome");
        Object opinion = task.getVariable("opinion");
        String user = task.getAssignee() != null ? task.getAssignee() : "unknown";
        events.publishEvent(new ReviewEvent(ReviewEvent.newRecordId(),
                caseId == null ? task.getProcessInstanceId() : caseId.toString(), task.getProcessInstanceId(),
                task.getTaskDefinitionKey(), task.getName(), ReviewActions.ofOutcome(outcome), user,
                opinion == null ? null : opinion.toString(), null, clock.instant()));
    }
}
