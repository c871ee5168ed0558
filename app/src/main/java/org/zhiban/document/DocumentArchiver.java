package org.zhiban.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhiban.cases.CaseVariables;

/**
 * 归档 step. Runs as an async job: if storage is down the job is retried and then becomes an incident; the case
 * waits, it is never lost. The work is {@link DocumentArchive}'s.
 */
@Component("documentArchiver")
class DocumentArchiver implements JavaDelegate {

    private final DocumentArchive archive;

    DocumentArchiver(DocumentArchive archive) {
        this.archive = archive;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        archive.archive((String) execution.getVariable(CaseVariables.CASE_ID), execution.getProcessInstanceId(),
                execution.getCurrentActivityId(), execution.getCurrentActivityName());
    }
}
