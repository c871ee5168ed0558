package org.zhiban.cases;

import java.util.List;
import java.util.Optional;
import org.zhiban.identity.Role;

/**
 * 环节: a user task of a case type's process as the case type declares it.
 *
 * @param activityId the BPMN id of the user task
 * @param role       the role a person acts in on this step when the task is assigned to them directly (no
 *                   candidate group), e.g. the drafter's {@link Role#OFFICER}; recorded with each decision
 * @param outcomes   the buttons, in the order they are drawn
 */
public record CaseStep(String activityId, Role role, List<Outcome> outcomes) {

    public CaseStep {
        outcomes = List.copyOf(outcomes);
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException("step " + activityId + " declares no outcome");
        }
    }

    public static CaseStep of(String activityId, Role role, Outcome... outcomes) {
        return new CaseStep(activityId, role, List.of(outcomes));
    }

    public Optional<Outcome> outcome(String id) {
        return outcomes.stream().filter(o -> o.id().equals(id)).findFirst();
    }
}
