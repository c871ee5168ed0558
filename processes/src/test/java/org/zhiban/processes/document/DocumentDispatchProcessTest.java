package org.zhiban.processes.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.zhiban.processes.document.ScriptedComplianceCheck.findingInTurn;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 公文发文: every path through the lifecycle — routing only, the delegates are mocks. */
@Deployment(resources = "processes/document/document-dispatch.bpmn")
class DocumentDispatchProcessTest {

    private static final String PROCESS = "document_dispatch";
    private static final String INITIATOR = "zhangsan";

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    private final JavaDelegate numbering = mock(JavaDelegate.class);
    private final JavaDelegate typesetting = mock(JavaDelegate.class);
    private final JavaDelegate distribution = mock(JavaDelegate.class);
    private final JavaDelegate archiver = mock(JavaDelegate.class);
    private final JavaDelegate numberVoiding = mock(JavaDelegate.class);

    /** The departments named on the draft, as the real routing bean answers them. */
    public static final class Routing {
        private final List<String> countersign;
        private final List<String> readers;

        Routing(List<String> countersign, List<String> readers) {
            this.countersign = countersign;
            this.readers = readers;
        }

        public List<String> countersignDepartments(String caseId) {
            return countersign;
        }

        public boolean needsCountersign(String caseId) {
            return !countersign.isEmpty();
        }

        public List<String> readerDepartments(String caseId) {
            return readers;
        }
    }

    @BeforeEach
    void registerDelegates() {
        init(engine.getProcessEngine());
        Mocks.register("documentNumbering", numbering);
        Mocks.register("documentTypesetting", typesetting);
        Mocks.register("documentDistribution", distribution);
        Mocks.register("documentArchiver", archiver);
        Mocks.register("documentNumberVoiding", numberVoiding);
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    @Test
    void is_deployed_with_its_name_and_ten_years_of_history() {
        var definition = repositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS).singleResult();
        assertThat(definition.getName()).isEqualTo("公文发文（拟稿至归档）");
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
    }

    @Test
    void without_countersign_a_document_goes_from_draft_to_signing_numbering_layout_issue_and_archive() throws Exception {
        ProcessInstance pi = start(List.of(), List.of(), 0);

        complete(task(pi), outcome("submit"));
        complete(task(pi), outcome("approve"));
        assertThat(pi).isWaitingAt("sign");
        assertThat(task(pi)).hasCandidateGroup("leader");
        complete(task(pi), outcome("sign"));
        verify(numbering, times(1)).execute(any());
        assertThat(pi).isWaitingAt("layout");
        execute(job(pi));
        assertThat(pi).isWaitingAt("issue");
        complete(task(pi), outcome("issue"));
        execute(job(pi));

        assertThat(pi).isEnded().hasPassedInOrder("draft", "complianceCheck", "review", "needsCountersign", "sign",
                "numbering", "layout", "issue", "distribute", "archive", "archived").hasNotPassed("countersign");
        verify(distribution).execute(any());
        verify(archiver).execute(any());
    }

    @Test
    void countersign_runs_in_parallel_in_each_named_department_and_all_must_agree() {
        ProcessInstance pi = start(List.of("legal", "finance"), List.of(), 0);
        complete(task(pi), outcome("submit"));
        complete(task(pi), outcome("approve"));

        List<Task> countersigns = tasks(pi, "countersign");
        assertThat(countersigns).hasSize(2);
        assertThat(countersigns).extracting(t -> taskService().getVariable(t.getId(), "taskDepartment"))
                .containsExactlyInAnyOrder("legal", "finance");

        taskService().complete(countersigns.get(0).getId(), outcome("agree"));
        assertThat(pi).isWaitingAt("countersign");
        taskService().complete(countersigns.get(1).getId(), outcome("agree"));
        assertThat(pi).isWaitingAt("sign");
    }

    @Test
    void one_department_returning_in_countersign_ends_the_others_and_sends_the_draft_back() {
        ProcessInstance pi = start(List.of("legal", "finance", "audit"), List.of(), 0, 0);
        complete(task(pi), outcome("submit"));
        complete(task(pi), outcome("approve"));
        List<Task> countersigns = tasks(pi, "countersign");
        taskService().complete(countersigns.get(0).getId(), outcome("agree"));

        taskService().complete(countersigns.get(1).getId(), outcome("return"));

        assertThat(tasks(pi, "countersign")).as("the third department's task is withdrawn").isEmpty();
        assertThat(pi).isWaitingAt("draft").hasNotPassed("sign");
        assertThat(task(pi)).isAssignedTo(INITIATOR);

        // the corrected draft goes through 核稿 and the whole 会签 again
        complete(task(pi), outcome("submit"));
        complete(task(pi), outcome("approve"));
        assertThat(tasks(pi, "countersign")).hasSize(3);
    }

    @Test
    void a_leader_returning_the_draft_sends_it_back_before_any_number_is_given() throws Exception {
        ProcessInstance pi = start(List.of(), List.of(), 0);
        complete(task(pi), outcome("submit"));
        complete(task(pi), outcome("approve"));

        complete(task(pi), outcome("return"));

        assertThat(pi).isWaitingAt("draft");
        verify(numbering, never()).execute(any());
    }

    @Test
    void returning_at_issue_voids_the_number_and_goes_back_to_the_drafter() throws Exception {
        ProcessInstance pi = start(List.of(), List.of(), 0, 0);
        complete(task(pi), outcome("submit"));
        complete(task(pi), outcome("approve"));
        complete(task(pi), outcome("sign"));
        execute(job(pi));

        complete(task(pi), outcome("return"));

        verify(numberVoiding, times(1)).execute(any());
        assertThat(pi).isWaitingAt("draft").hasPassedInOrder("issue", "issueDecision", "voidNumber");

        // signed again, it gets a new number
        complete(task(pi), outcome("submit"));
        complete(task(pi), outcome("approve"));
        complete(task(pi), outcome("sign"));
        verify(numbering, times(2)).execute(any());
    }

    @Test
    void the_reviewer_returning_and_a_failed_check_send_the_draft_back() {
        ProcessInstance pi = start(List.of(), List.of(), 3, 0, 0);

        complete(task(pi), outcome("submit"));
        assertThat(pi).isWaitingAt("draft");
        complete(task(pi), outcome("submit"));
        complete(task(pi), outcome("return"));
        assertThat(pi).isWaitingAt("draft");
        complete(task(pi), outcome("submit"));
        assertThat(pi).isWaitingAt("review");
    }

    @Test
    void each_reader_department_gets_a_read_task_while_the_archive_goes_ahead() throws Exception {
        ProcessInstance pi = start(List.of(), List.of("legal", "finance"), 0);
        throughIssue(pi);

        List<Task> reads = tasks(pi, "read");
        assertThat(reads).hasSize(2);
        Job archive = job(pi);
        execute(archive);
        verify(archiver).execute(any());
        assertThat(pi).isNotEnded();

        reads.forEach(t -> taskService().complete(t.getId(), outcome("read")));
        // a reader's transaction ends with the task; the branch goes on as a job of its own (asyncAfter)
        assertThat(pi).isNotEnded();
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).list()).hasSize(reads.size());
        managementService().createJobQuery().processInstanceId(pi.getId()).list().forEach(j -> execute(j));
        assertThat(pi).isEnded().hasPassed("archived", "allRead");
    }

    @Test
    void a_failing_layout_is_retried_then_becomes_an_incident_and_the_case_waits() throws Exception {
        doThrow(new IllegalStateException("字体不可用")).when(typesetting).execute(any());
        ProcessInstance pi = start(List.of(), List.of(), 0);
        complete(task(pi), outcome("submit"));
        complete(task(pi), outcome("approve"));
        complete(task(pi), outcome("sign"));

        for (int i = 0; i < 3; i++) {
            Job job = job(pi);
            assertThatThrownBy(() -> managementService().executeJob(job.getId())).hasMessageContaining("字体不可用");
        }

        assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).list())
                .singleElement().extracting(Incident::getActivityId).isEqualTo("layout");
        assertThat(pi).isWaitingAt("layout");
    }

    private void throughIssue(ProcessInstance pi) {
        complete(task(pi), outcome("submit"));
        complete(task(pi), outcome("approve"));
        complete(task(pi), outcome("sign"));
        execute(job(pi));
        complete(task(pi), outcome("issue"));
    }

    private static ProcessInstance start(List<String> countersign, List<String> readers, Integer... findings) {
        Mocks.register("documentComplianceCheck", findingInTurn(findings));
        Mocks.register("documentRouting", new Routing(countersign, readers));
        return runtimeService().startProcessInstanceByKey(PROCESS, "GW-2026-000001", withVariables(
                "caseId", "GW-2026-000001", "department", "office", "initiator", INITIATOR, "docType", "NOTICE"));
    }

    private static List<Task> tasks(ProcessInstance pi, String activityId) {
        return taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).list();
    }

    private static Map<String, Object> outcome(String outcome) {
        return withVariables("outcome", outcome, "opinion", "意见");
    }
}
