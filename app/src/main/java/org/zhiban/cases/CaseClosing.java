package org.zhiban.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.zhiban.platform.GlobalProcessEndListener;

/** Marks a case completed (or cancelled) in the registry when its process instance ends. */
@Component
class CaseClosing implements GlobalProcessEndListener {

    private final CaseFiles caseFiles;

    /** Lazy: engine plugins are built before the engine, the case registry (which uses the engine) after. */
    CaseClosing(@Lazy CaseFiles caseFiles) {
        this.caseFiles = caseFiles;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object caseId = execution.getVariable(CaseVariables.CASE_ID);
        if (caseId != null && execution.getId().equals(execution.getProcessInstanceId())) {
            caseFiles.close(caseId.toString(), execution.isCanceled() ? "cancelled" : "completed");
        }
    }
}
