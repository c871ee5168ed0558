package org.zhiban.ai;

import org.zhiban.shared.Classification;

/**
 * An AI step of a case type's process: a BPMN service task {@code camunda:delegateExpression="${aiStep}"}
 * (asynchronous, with retries) whose suggestion is for one field of the case. The next user task shows it beside
 * its inputs; the officer adopts, edits or ignores it there, and both are review records.
 *
 * <p>A bean per step: {@link #processKey()} and {@link #activityId()} say where it runs.
 */
public interface AiStep {

    String processKey();

    String activityId();

    /** The case field the suggestion is written for (a text field the next task may edit). */
    String field();

    /** What to ask, at the case's classification (the layer routes by it). */
    AiRequest request(String caseId, Classification classification);

    /** The step's answer without a model: rules, retrieval or a template. Throwing makes the job an incident. */
    String withoutModel(String caseId);
}
