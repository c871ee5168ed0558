package org.zhiban.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhiban.identity.Role;

/**
 * 案件类型: the one extension point through which a feature (公文, 合同, 工单, 一件事 ...) plugs a kind of case
 * into the generic machinery. It declares its fields, its steps with their outcomes, its number prefix and its
 * start form; it keeps its own data. The inbox, the case view, case search, attachments, the REST case API and
 * the review log are derived from these declarations and never learn a case type's names.
 */
public interface CaseType {

    /** Pseudo activity id of the start form in {@link FieldDescriptor#editableIn()}. */
    String START = "@start";

    /** Stable id stored with each case, e.g. {@code document}. */
    String id();

    /** Translation key of the type's name, {@code caseType.<id>}. */
    default String nameKey() {
        return "caseType." + id();
    }

    /** 案号 prefix, e.g. {@code GW} for 公文 ({@code GW-2026-000042}). */
    String numberPrefix();

    /** BPMN process key a new case of this type starts. */
    String processKey();

    /** The role that may open a case of this type. */
    /**
     * 数据分级 floor: the least a case of this type is classified at. People may raise a case above it, never set
     * it below; the AI layer routes every request of the case by it (敏感 to local models only, 涉密 to none).
     */
    default org.zhiban.shared.Classification classificationFloor() {
        return org.zhiban.shared.Classification.INTERNAL;
    }

    default Role initiatorRole() {
        return Role.OFFICER;
    }

    /** Every field, in form order. */
    List<FieldDescriptor> fields();

    /** Every user task of the process with its outcomes. */
    List<CaseStep> steps();

    default Optional<CaseStep> step(String activityId) {
        return steps().stream().filter(s -> s.activityId().equals(activityId)).findFirst();
    }

    /**
     * Stores the type's own data for a new case, inside the opening transaction. {@code start} holds the start
     * form's values, already validated against {@link #fields()}.
     *
     * @return extra process variables (small values only) besides those of {@link CaseVariables}
     */
    Map<String, Object> create(CaseFile file, Map<String, Object> start);

    /** The case's current values by field key; keys beyond {@link #fields()} are not shown by generic views. */
    Map<String, Object> data(String caseId);

    /** What the latest automated step found (rule findings, AI suggestions, replies), most important first. */
    List<Notice> notices(String caseId);

    /**
     * Applies a task's form input to the case, inside the completing transaction. The input was validated against
     * the fields editable in {@code activityId}; a refusal here rolls the completion back.
     */
    void applyTaskInput(String caseId, String activityId, Map<String, Object> input);

    /**
     * Whether a department that takes part in the case without owning it sees this field. By default the
     * field's own {@link FieldDescriptor#shared()} mark decides; a type with per-department parts overrides it.
     */
    default boolean visibleToParticipant(FieldDescriptor field, String department) {
        return field.shared();
    }
}
