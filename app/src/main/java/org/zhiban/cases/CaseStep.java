package org.zhiban.cases;

import java.util.List;
import java.util.Optional;
import org.zhiban.identity.Role;

/**
 * 环节: a user task of a case type's process as the case type declares it.
 *
 * @param activityId the BPMN id of the user task
 * @param role       the role a person acts in on this step when the task is assigned directly to them (no
 *                   candidate group), e.g. the drafter's {@link Role#OFFICER}; recorded with each decision
 * @param outcomes   the buttons, in the order they are drawn
 * @param separated  职责分离: an independent check (核稿, 会签, 签发) that whoever opened the case or decided another
 *                   of its steps may not decide; {@code zhiban.cases.separation-of-duties.<type>.<activity>}
 *                   overrides it ({@link SeparationOfDuties})
 */
public record CaseStep(String activityId, Role role, List<Outcome> outcomes, boolean separated) {

    public CaseStep {
        outcomes = List.copyOf(outcomes);
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException("step " + activityId + " declares no outcome");
        }
    }

    public CaseStep(String activityId, Role role, List<Outcome> outcomes) {
        this(activityId, role, outcomes, false);
    }

    public static CaseStep of(String activityId, Role role, Outcome... outcomes) {
        return new CaseStep(activityId, role, List.of(outcomes));
    }

    /** The same step as an independent check: 职责分离 applies to it. */
    public CaseStep withSeparation() {
        return new CaseStep(activityId, role, outcomes, true);
    }

    public Optional<Outcome> outcome(String id) {
        return outcomes.stream().filter(o -> o.id().equals(id)).findFirst();
    }
}
