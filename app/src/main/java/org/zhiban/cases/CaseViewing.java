package org.zhiban.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Service;
import org.zhiban.identity.Directory;
import org.zhiban.identity.ZhibanUser;

/** Assembles {@link CaseDetails} for a user who may read the case. */
@Service
public class CaseViewing {

    private final CaseAccess caseAccess;
    private final CaseHistory caseHistory;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final Directory directory;
    private final CaseForms caseForms;
    private final CaseClassification classification;

    public CaseViewing(CaseAccess caseAccess, CaseForms caseForms, CaseHistory caseHistory,
                       RuntimeService runtimeService, HistoryService historyService,
                       RepositoryService repositoryService, Directory directory,
                       CaseClassification classification) {
        this.caseAccess = caseAccess;
        this.caseForms = caseForms;
        this.caseHistory = caseHistory;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.directory = directory;
        this.classification = classification;
    }

    public CaseDetails details(ZhibanUser user, String caseId) {
        CaseFile file = caseAccess.readable(user, caseId);
        String pi = file.processInstanceId();
        List<String> active = List.of();
        List<String> incidents = List.of();
        String state = "running".equals(file.state()) ? "completed" : file.state();
        if (pi != null && runtimeService.createProcessInstanceQuery().processInstanceId(pi).count() > 0) {
            active = runtimeService.getActiveActivityIds(pi);
            incidents = runtimeService.createIncidentQuery().processInstanceId(pi).list().stream()
                    .map(Incident::getActivityId).distinct().toList();
            state = incidents.isEmpty() ? "running" : "incident";
        }
        List<String> passed = pi == null ? List.of() : historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(pi).finished().list().stream()
                .map(HistoricActivityInstance::getActivityId).distinct().toList();
        return new CaseDetails(file.caseId(), file.caseType(), file.processKey(), pi, file.title(),
                file.department(), directory.departmentName(file.department()).orElse(file.department()),
                file.initiator(), directory.displayName(file.initiator()), file.createdAt(), state, active, passed, incidents,
                caseForms.data(user, file), caseHistory.history(file),
                classification.of(file).label());
    }

    /** The case's form for a step ({@code activityId} null: read-only), as its case type describes it. */
    public List<FormField> form(ZhibanUser user, String caseId, String activityId) {
        return caseForms.form(user, caseAccess.readable(user, caseId), activityId);
    }

    public List<Notice> notices(ZhibanUser user, String caseId) {
        return caseForms.notices(user, caseAccess.readable(user, caseId));
    }

    /** The BPMN XML of the process version this case runs on, for drawing its position. */
    public String diagram(ZhibanUser user, String caseId) {
        CaseFile file = caseAccess.readable(user, caseId);
        if (file.processInstanceId() == null) {
            return null;
        }
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(file.processInstanceId()).singleResult();
        try (InputStream xml = repositoryService.getProcessModel(instance.getProcessDefinitionId())) {
            return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
