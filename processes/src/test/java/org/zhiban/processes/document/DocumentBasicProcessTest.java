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

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 公文拟稿核稿（简易流程）: routing only, the delegates are mocks. */
@Deployment(resources = "processes/document/document-basic.bpmn")
class DocumentBasicProcessTest {

    private static final String PROCESS = "document_basic";
    private static final String INITIATOR = "zhangsan";

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    private final JavaDelegate archiver = mock(JavaDelegate.class);

    @BeforeEach
    void registerDelegates() {
        init(engine.getProcessEngine());
        Mocks.register("documentArchiver", archiver);
    }

    @AfterEach
    void resetMocksAndClock() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void is_deployed_with_its_name_version_tag_and_ten_years_of_history() {
        ProcessDefinition definition = repositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS).singleResult();

        assertThat(definition.getName()).isEqualTo("公文拟稿核稿（简易流程）");
        assertThat(definition.getVersionTag()).isEqualTo("1");
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
    }

    @Test
    void a_clean_draft_approved_by_the_reviewer_is_archived() throws Exception {
        // given
        Mocks.register("documentComplianceCheck", findingInTurn(0));
        ProcessInstance pi = startDrafting();
        assertThat(pi).isWaitingAt("draft");
        assertThat(task(pi)).isAssignedTo(INITIATOR);

        // when
        complete(task(pi), submit());
        assertThat(pi).isWaitingAt("review");
        assertThat(task(pi)).hasCandidateGroup("reviewer");
        complete(task(pi), review("approve"));
        assertThat(pi).isWaitingAt("archive");
        execute(job(pi));

        // then
        assertThat(pi).isEnded().hasPassedInOrder(
                "start", "draft", "complianceCheck", "complianceOk", "review", "reviewDecision", "archive", "archived");
        assertThat(pi).variables().containsEntry("compliancePassed", true).containsEntry("findingCount", 0);
        verify(archiver, times(1)).execute(any());
    }

    @Test
    void a_draft_that_fails_the_compliance_check_goes_back_to_the_drafter() {
        // given
        Mocks.register("documentComplianceCheck", findingInTurn(2, 0));
        ProcessInstance pi = startDrafting();

        // when
        complete(task(pi), submit());

        // then
        assertThat(pi).isWaitingAt("draft").hasNotPassed("review");
        assertThat(pi).variables().containsEntry("compliancePassed", false).containsEntry("findingCount", 2);
        assertThat(task(pi)).isAssignedTo(INITIATOR);

        // and once corrected it reaches the reviewer
        complete(task(pi), submit());
        assertThat(pi).isWaitingAt("review");
    }

    @Test
    void a_draft_returned_by_the_reviewer_goes_back_to_the_drafter_and_can_then_be_approved() {
        // given
        Mocks.register("documentComplianceCheck", findingInTurn(0, 0));
        ProcessInstance pi = startDrafting();
        complete(task(pi), submit());

        // when
        complete(task(pi), review("return"));

        // then
        assertThat(pi).isWaitingAt("draft").hasNotPassed("archive");
        assertThat(task(pi)).isAssignedTo(INITIATOR);

        // and the corrected draft passes through check and review again
        complete(task(pi), submit());
        complete(task(pi), review("approve"));
        execute(job(pi));
        assertThat(pi).isEnded().hasPassedInOrder("review", "draft", "complianceCheck", "review", "archive");
    }

    @Test
    void a_review_with_an_unknown_outcome_is_refused_and_the_task_stays_open() {
        // given
        Mocks.register("documentComplianceCheck", findingInTurn(0));
        ProcessInstance pi = startDrafting();
        complete(task(pi), submit());
        String reviewTaskId = task(pi).getId();

        // when / then
        assertThatThrownBy(() -> taskService().complete(reviewTaskId, review("maybe")))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(pi).isWaitingAt("review");
    }

    @Test
    void a_failing_archive_is_retried_three_times_then_becomes_an_incident_and_the_case_stays_open() throws Exception {
        // given an archiver whose storage is down
        doThrow(new IllegalStateException("对象存储不可用")).when(archiver).execute(any());
        Mocks.register("documentComplianceCheck", findingInTurn(0));
        ProcessInstance pi = startDrafting();
        complete(task(pi), submit());
        complete(task(pi), review("approve"));
        Date now = new Date(1_798_070_400_000L);
        ClockUtil.setCurrentTime(now);

        // when the job fails once, it waits 30 seconds with two retries left
        failOnce(job(pi));
        assertThat(job(pi).getRetries()).isEqualTo(2);
        assertThat(job(pi).getDuedate()).isEqualTo(new Date(now.getTime() + 30_000));
        assertThat(incidents(pi)).isEmpty();

        // when it fails twice more
        failOnce(job(pi));
        assertThat(job(pi).getRetries()).isEqualTo(1);
        failOnce(job(pi));

        // then there is an incident at 归档, and the case is still there waiting to be retried
        assertThat(job(pi).getRetries()).isZero();
        assertThat(incidents(pi)).singleElement().satisfies(incident -> {
            assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
            assertThat(incident.getActivityId()).isEqualTo("archive");
        });
        assertThat(pi).isNotEnded().isWaitingAt("archive");
        verify(archiver, times(3)).execute(any());
    }

    @Test
    void nothing_is_archived_before_the_reviewer_approves() throws Exception {
        Mocks.register("documentComplianceCheck", findingInTurn(0));
        ProcessInstance pi = startDrafting();

        complete(task(pi), submit());

        assertThat(pi).isWaitingAt("review");
        verify(archiver, never()).execute(any());
    }

    private static ProcessInstance startDrafting() {
        return runtimeService().startProcessInstanceByKey(PROCESS, "case-2026-0001", withVariables(
                "caseId", "case-2026-0001",
                "department", "市场监管局办公室",
                "initiator", INITIATOR,
                "docType", "REQUEST"));
    }

    private static Map<String, Object> submit() {
        return withVariables("outcome", "submit", "opinion", "");
    }

    private static Map<String, Object> review(String outcome) {
        return withVariables("outcome", outcome, "opinion", "请按意见修改");
    }

    private static void failOnce(Job job) {
        assertThatThrownBy(() -> managementService().executeJob(job.getId())).hasMessageContaining("对象存储不可用");
    }

    private static List<Incident> incidents(ProcessInstance pi) {
        return runtimeService().createIncidentQuery().processInstanceId(pi.getId()).list();
    }
}
