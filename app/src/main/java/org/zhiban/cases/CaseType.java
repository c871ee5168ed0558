package org.zhiban.cases;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 案件类型: what a feature (公文, 合同, 工单 ...) tells the case and task views about its cases.
 * Implemented by each feature as a Spring bean; the inbox and case views never reach into a feature's tables.
 */
public interface CaseType {

    /** Stable id, e.g. {@code document}. */
    String id();

    /** BPMN process keys whose instances are cases of this type. */
    Set<String> processKeys();

    /** The case's form data for display and for the REST case view. */
    Map<String, Object> data(String caseId);

    /**
     * The case's form for one step: every field with its current value, editable where {@link #editableFields}
     * allows. {@code activityId} null means read-only (the case view).
     */
    List<FormField> form(String caseId, String activityId);

    /** What the latest rule check found, errors first; empty when nothing. */
    List<Notice> notices(String caseId);

    /** Outcomes a user may choose on this user task, e.g. {@code submit}, {@code approve}, {@code return}. */
    Set<String> outcomes(String activityId);

    /** Outcomes that need an opinion (审批意见), e.g. returning a draft. */
    default Set<String> outcomesNeedingOpinion(String activityId) {
        return Set.of("return");
    }

    /** Field names a user may change while completing this task. */
    Set<String> editableFields(String activityId);

    /**
     * Applies the task's form input to the case. Called inside the completing transaction after
     * {@link #editableFields} was checked, so a failure here rolls the completion back.
     *
     * @throws IllegalArgumentException when a value is invalid
     */
    void applyTaskInput(String caseId, String activityId, Map<String, Object> input);
}
