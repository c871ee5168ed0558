package org.zhiban.cases;

/**
 * The process-variable contract every case process keeps: delegates, listeners, models and tests use these
 * names and no literal of their own. Values are strings or primitives, never serialized objects.
 */
public final class CaseVariables {

    /** 案号, also the process instance's business key. */
    public static final String CASE_ID = "caseId";
    /** Case type id, e.g. {@code document}. */
    public static final String CASE_TYPE = "caseType";
    /** The owning department's id (主办科室). */
    public static final String DEPARTMENT = "department";
    /** User id of who opened the case. */
    public static final String INITIATOR = "initiator";
    /** The outcome id chosen on the task just completed, e.g. {@code approve}; gateways route on it. */
    public static final String OUTCOME = "outcome";
    /** The opinion (审批意见) given with it, or null. */
    public static final String OPINION = "opinion";
    /**
     * Department a user task is routed to when it is not the owner's: set it on the task's scope, e.g. as the
     * element variable of a multi-instance 会签 over departments. Unset, a task goes to {@link #DEPARTMENT}.
     */
    public static final String TASK_DEPARTMENT = "taskDepartment";

    private CaseVariables() {
    }
}
