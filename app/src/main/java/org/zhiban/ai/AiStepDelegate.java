package org.zhiban.ai;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zhiban.cases.CaseClassification;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.CaseVariables;

/**
 * {@code ${aiStep}}: runs the {@link AiStep} declared for this process and activity at the case's classification
 * and keeps its suggestion. Modelled asynchronous with retries: the model's wait never holds the user's request,
 * and only a step whose fallback also fails becomes an incident.
 */
@Component("aiStep")
class AiStepDelegate implements JavaDelegate {

    private final Map<String, AiStep> steps = new HashMap<>();
    private final AiAssistant assistant;
    private final AiSuggestions suggestions;
    private final CaseFiles caseFiles;
    private final CaseClassification classification;

    AiStepDelegate(List<AiStep> declared, AiAssistant assistant, AiSuggestions suggestions, CaseFiles caseFiles,
                   CaseClassification classification) {
        for (AiStep step : declared) {
            if (steps.put(step.processKey() + "/" + step.activityId(), step) != null) {
                throw new IllegalStateException("two AI steps for " + step.processKey() + "/" + step.activityId());
            }
        }
        this.assistant = assistant;
        this.suggestions = suggestions;
        this.caseFiles = caseFiles;
        this.classification = classification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = (String) execution.getVariable(CaseVariables.CASE_ID);
        CaseFile file = caseFiles.find(caseId).orElseThrow(() -> new IllegalStateException("no case " + caseId));
        String activity = execution.getCurrentActivityId();
        AiStep step = steps.get(file.processKey() + "/" + activity);
        if (step == null) {
            throw new IllegalStateException("no AiStep bean for " + file.processKey() + "/" + activity);
        }
        AiRequest request = step.request(caseId, classification.of(file)).forCase(caseId);
        AiResult<String> result = assistant.write(request, () -> step.withoutModel(caseId));
        suggestions.add(file, execution.getProcessInstanceId(), activity, request.task(), step.field(), result);
    }
}
