package org.zhiban.processes.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 合同审查（上传至签批）: every path through the review — routing only, the delegates are mocks. */
@Deployment(resources = "processes/contract/contract-review.bpmn")
class ContractReviewProcessTest {

    private static final String PROCESS = "contract_review";
    private static final String CASE_ID = "HT-2026-000042";
    private static final String INITIATOR = "lisi";
    /** The case's owning department; the business part of the review is routed back to it. */
    private static final String DEPARTMENT = "procurement";

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

    private final JavaDelegate autoReview = mock(JavaDelegate.class);
    private final JavaDelegate reporting = mock(JavaDelegate.class);
    private final Routing routing = new Routing();

    /** Stands in for the app's routing bean: three review parts, legal and finance to their own departments. */
    public static final class Routing {
        private final List<String> partsAskedFor = new ArrayList<>();

        public List<String> reviewParts(String caseId) {
            partsAskedFor.add(caseId);
            return List.of("legal", "finance", "business");
        }

        public String departmentOf(String part, String department) {
            return switch (part) {
                case "legal" -> "legal";
                case "finance" -> "finance";
                case "business" -> department;
                default -> throw new IllegalArgumentException("no department for review part " + part);
            };
        }
    }

    @BeforeEach
    void registerDelegates() {
        init(engine.getProcessEngine());
        Mocks.register("contractAutoReview", autoReview);
        Mocks.register("contractReporting", reporting);
        Mocks.register("contractRouting", routing);
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

        assertThat(definition.getName()).isEqualTo("合同审查（上传至签批）");
        assertThat(definition.getVersionTag()).isEqualTo("1");
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(3650);
    }

    @Test
    void the_model_carries_the_bean_names_and_expressions_the_app_implements() {
        BpmnModelInstance model = repositoryService().getBpmnModelInstance(repositoryService()
                .createProcessDefinitionQuery().processDefinitionKey(PROCESS).singleResult().getId());

        assertThat(model.<ServiceTask>getModelElementById("autoReview").getCamundaDelegateExpression())
                .isEqualTo("${contractAutoReview}");
        ServiceTask report = model.getModelElementById("report");
        assertThat(report.getCamundaDelegateExpression()).isEqualTo("${contractReporting}");
        assertThat(report.isCamundaAsyncBefore()).isTrue();
        assertThat(report.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class)
                .singleResult().getTextContent()).isEqualTo("R3/PT30S");

        SubProcess parts = model.getModelElementById("jointReviewParts");
        MultiInstanceLoopCharacteristics loop = (MultiInstanceLoopCharacteristics) parts.getLoopCharacteristics();
        assertThat(loop.isSequential()).isFalse();
        assertThat(loop.getCamundaCollection()).isEqualTo("${contractRouting.reviewParts(caseId)}");
        assertThat(loop.getCamundaElementVariable()).isEqualTo("reviewPart");
        assertThat(loop.getCompletionCondition().getTextContent()).isEqualTo("${outcome == 'return'}");

        UserTask jointReview = model.getModelElementById("jointReview");
        assertThat(jointReview.getParentElement()).isSameAs(parts);
        assertThat(jointReview.getCamundaCandidateGroups()).isEqualTo("reviewer");
        assertThat(jointReview.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class)
                .singleResult().getCamundaInputParameters())
                .extracting(CamundaInputParameter::getCamundaName, CamundaInputParameter::getTextContent)
                .containsExactly(tuple("taskDepartment", "${contractRouting.departmentOf(reviewPart, department)}"));
        assertThat(model.<UserTask>getModelElementById("approve").getCamundaCandidateGroups()).isEqualTo("leader");
        assertThat(model.<UserTask>getModelElementById("revise").getCamundaAssignee()).isEqualTo("${initiator}");
    }

    @Test
    void a_contract_every_part_agrees_on_is_reported_signed_and_closed() throws Exception {
        // given an uploaded contract
        ProcessInstance pi = upload();
        verify(autoReview, times(1)).execute(any());
        assertThat(pi).isWaitingAt("jointReview");
        Map<String, Task> reviews = jointReviews(pi);
        assertThat(reviews).containsOnlyKeys("legal", "finance", "business");

        // when the parts agree one after the other, the review waits for the last
        complete(reviews.get("legal"), decide("agree"));
        complete(reviews.get("finance"), decide("agree"));
        assertThat(jointReviews(pi)).containsOnlyKeys("business");
        complete(reviews.get("business"), decide("agree"));

        // then the report runs as a job of its own, and no leader is asked before it has run
        assertThat(pi).isWaitingAt("report");
        assertThat(tasks(pi, "approve")).isEmpty();
        verify(reporting, never()).execute(any());
        execute(job(pi));
        assertThat(pi).isWaitingAt("approve");

        // and the leader's approval closes the case at 审结
        complete(task(pi), decide("approve"));
        assertThat(pi).isEnded()
                .hasPassedInOrder("start", "autoReview", "jointReview", "jointDecision", "report", "approve",
                        "approveDecision", "approved")
                .hasNotPassed("revise", "reviseDecision", "withdrawn");
        verify(autoReview, times(1)).execute(any());
        verify(reporting, times(1)).execute(any());
        verifyNoMoreInteractions(autoReview, reporting);
        // (Camunda evaluates the collection more than once per round, so the bean must be free of side effects)
        assertThat(routing.partsAskedFor).isNotEmpty().containsOnly(CASE_ID);
        assertThat(historicTasks(pi, "jointReview")).hasSize(3)
                .allSatisfy(t -> assertThat(t.getDeleteReason()).isEqualTo("completed"));
    }

    @Test
    void each_joint_review_task_is_routed_to_the_department_of_its_part() {
        ProcessInstance pi = upload();

        List<Task> reviews = tasks(pi, "jointReview");

        // each task sees its own part and department, as the inbox reads them (getVariable on the task)
        assertThat(reviews).hasSize(3)
                .extracting(t -> taskService().getVariable(t.getId(), "reviewPart"),
                        t -> taskService().getVariable(t.getId(), "taskDepartment"))
                .containsExactlyInAnyOrder(
                        tuple("legal", "legal"), tuple("finance", "finance"), tuple("business", DEPARTMENT));
        // the department is a local variable of the task's own instance scope, one per task, not of the case
        assertThat(reviews).allSatisfy(t -> assertThat(runtimeService().getVariableLocal(t.getExecutionId(), "taskDepartment"))
                .isEqualTo(taskService().getVariable(t.getId(), "taskDepartment")));
        assertThat(departmentVariables(pi)).extracting(VariableInstance::getExecutionId)
                .containsExactlyInAnyOrderElementsOf(reviews.stream().map(Task::getExecutionId).toList());
        assertThat(runtimeService().getVariableLocal(pi.getId(), "taskDepartment")).isNull();
    }

    @Test
    void the_review_departments_end_with_the_joint_review_so_the_signing_is_routed_to_the_case_department() {
        ProcessInstance pi = upload();
        jointReviews(pi).values().forEach(t -> complete(t, decide("agree")));
        execute(job(pi));

        Task approve = task(pi);

        assertThat(approve.getTaskDefinitionKey()).isEqualTo("approve");
        assertThat(taskService().getVariable(approve.getId(), "taskDepartment")).isNull();
        assertThat(departmentVariables(pi)).isEmpty();
    }

    @Test
    void one_part_returning_withdraws_the_open_reviews_and_sends_the_contract_back_to_the_initiator() throws Exception {
        // given three open reviews, legal has agreed
        ProcessInstance pi = upload();
        Map<String, Task> reviews = jointReviews(pi);
        complete(reviews.get("legal"), decide("agree"));

        // when finance returns the contract
        complete(reviews.get("finance"), decide("return"));

        // then business's review is withdrawn unanswered and the initiator has to revise the contract
        assertThat(tasks(pi, "jointReview")).isEmpty();
        assertThat(historicTask(reviews.get("business")).getDeleteReason()).isEqualTo("deleted");
        assertThat(historicTask(reviews.get("finance")).getDeleteReason()).isEqualTo("completed");
        assertThat(pi).isWaitingAt("revise").hasPassedInOrder("jointReview", "jointDecision")
                .hasNotPassed("report", "approve");
        assertThat(task(pi)).hasDefinitionKey("revise").isAssignedTo(INITIATOR);
        verify(reporting, never()).execute(any());
    }

    @Test
    void the_last_part_returning_after_the_others_agreed_also_sends_the_contract_back() throws Exception {
        ProcessInstance pi = upload();
        Map<String, Task> reviews = jointReviews(pi);
        complete(reviews.get("legal"), decide("agree"));
        complete(reviews.get("business"), decide("agree"));

        complete(reviews.get("finance"), decide("return"));

        assertThat(pi).isWaitingAt("revise").hasNotPassed("report");
        assertThat(task(pi)).isAssignedTo(INITIATOR);
        verify(reporting, never()).execute(any());
    }

    @Test
    void resubmitting_runs_the_automatic_review_again_and_opens_three_new_joint_reviews() throws Exception {
        // given a contract returned by legal
        ProcessInstance pi = upload();
        Map<String, Task> first = jointReviews(pi);
        complete(first.get("legal"), decide("return"));
        int partsAskedBefore = routing.partsAskedFor.size();

        // when the initiator resubmits it
        complete(task(pi), decide("resubmit"));

        // then the automatic review runs again and every part reviews anew, in its own department
        verify(autoReview, times(2)).execute(any());
        assertThat(routing.partsAskedFor).hasSizeGreaterThan(partsAskedBefore).containsOnly(CASE_ID);
        Map<String, Task> second = jointReviews(pi);
        assertThat(second).containsOnlyKeys("legal", "finance", "business");
        assertThat(second.values()).extracting(Task::getId)
                .doesNotContainAnyElementsOf(first.values().stream().map(Task::getId).toList());
        assertThat(departmentsByPart(pi))
                .containsExactlyInAnyOrderEntriesOf(Map.of("legal", "legal", "finance", "finance", "business", DEPARTMENT));

        // and this time all agree, so it goes on to the report and the leader
        second.values().forEach(t -> complete(t, decide("agree")));
        execute(job(pi));
        complete(task(pi), decide("approve"));
        assertThat(pi).isEnded().hasPassedInOrder("autoReview", "jointReview", "revise", "reviseDecision",
                "autoReview", "jointReview", "report", "approve", "approved");
        verify(reporting, times(1)).execute(any());
    }

    @Test
    void withdrawing_a_returned_contract_ends_the_case_at_withdrawn() throws Exception {
        ProcessInstance pi = upload();
        complete(jointReviews(pi).get("business"), decide("return"));

        complete(task(pi), decide("withdraw"));

        assertThat(pi).isEnded().hasPassedInOrder("jointReview", "revise", "reviseDecision", "withdrawn")
                .hasNotPassed("report", "approve", "approved");
        verify(autoReview, times(1)).execute(any());
        verify(reporting, never()).execute(any());
    }

    @Test
    void a_leader_returning_the_contract_sends_it_to_revise_and_the_resubmission_is_reviewed_again() throws Exception {
        // given a contract every part agreed on, reported and waiting for 签批
        ProcessInstance pi = upload();
        jointReviews(pi).values().forEach(t -> complete(t, decide("agree")));
        execute(job(pi));

        // when the leader returns it
        complete(task(pi), decide("return"));

        // then the initiator revises it
        assertThat(pi).isWaitingAt("revise").hasPassedInOrder("approve", "approveDecision").hasNotPassed("approved");
        assertThat(task(pi)).isAssignedTo(INITIATOR);

        // and the resubmitted contract goes through the automatic review, 会审 and the report again
        complete(task(pi), decide("resubmit"));
        verify(autoReview, times(2)).execute(any());
        assertThat(tasks(pi, "jointReview")).hasSize(3);
        jointReviews(pi).values().forEach(t -> complete(t, decide("agree")));
        execute(job(pi));
        verify(reporting, times(2)).execute(any());
        complete(task(pi), decide("approve"));
        assertThat(pi).isEnded().hasPassed("approved").hasNotPassed("withdrawn");
    }

    @Test
    void a_failing_report_is_retried_three_times_30_seconds_apart_then_becomes_an_incident_and_no_leader_is_asked()
            throws Exception {
        // given a reporting service whose storage is down, and a contract every part agreed on
        doThrow(new IllegalStateException("报告存储不可用")).when(reporting).execute(any());
        ProcessInstance pi = upload();
        jointReviews(pi).values().forEach(t -> complete(t, decide("agree")));
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

        // then there is a failed-job incident at 生成审查报告, the case waits there and no leader has a task
        assertThat(job(pi).getRetries()).isZero();
        assertThat(incidents(pi)).singleElement().satisfies(incident -> {
            assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
            assertThat(incident.getActivityId()).isEqualTo("report");
        });
        assertThat(pi).isNotEnded().isWaitingAt("report");
        assertThat(tasks(pi, "approve")).isEmpty();
        verify(reporting, times(3)).execute(any());

        // and once storage is back, an operator's retry takes the case on to 签批
        doNothing().when(reporting).execute(any());
        managementService().setJobRetries(job(pi).getId(), 1);
        execute(job(pi));
        assertThat(incidents(pi)).isEmpty();
        assertThat(pi).isWaitingAt("approve");
    }

    @Test
    void the_joint_reviews_are_offered_to_reviewers_and_the_signing_to_leaders() {
        ProcessInstance pi = upload();

        List<Task> reviews = tasks(pi, "jointReview");
        assertThat(reviews).hasSize(3).allSatisfy(t -> {
            assertThat(candidateGroups(t)).containsExactly("reviewer");
            assertThat(t.getAssignee()).isNull();
        });

        reviews.forEach(t -> complete(t, decide("agree")));
        execute(job(pi));
        Task approve = task(pi);
        assertThat(approve.getTaskDefinitionKey()).isEqualTo("approve");
        assertThat(candidateGroups(approve)).containsExactly("leader");
        assertThat(approve.getAssignee()).isNull();
    }

    @Test
    void a_signing_outcome_other_than_approve_or_return_is_refused_and_the_task_stays_open() {
        ProcessInstance pi = upload();
        jointReviews(pi).values().forEach(t -> complete(t, decide("agree")));
        execute(job(pi));
        String approveTaskId = task(pi).getId();

        assertThatThrownBy(() -> taskService().complete(approveTaskId, decide("maybe")))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(pi).isWaitingAt("approve");
    }

    @Test
    void a_revision_outcome_other_than_resubmit_or_withdraw_is_refused_and_the_task_stays_open() {
        ProcessInstance pi = upload();
        complete(jointReviews(pi).get("legal"), decide("return"));
        String reviseTaskId = task(pi).getId();

        assertThatThrownBy(() -> taskService().complete(reviseTaskId, decide("approve")))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(pi).isWaitingAt("revise");
    }

    private static ProcessInstance upload() {
        return runtimeService().startProcessInstanceByKey(PROCESS, CASE_ID, withVariables(
                "caseId", CASE_ID, "caseType", "contract", "department", DEPARTMENT, "initiator", INITIATOR));
    }

    private static List<Task> tasks(ProcessInstance pi, String activityId) {
        return taskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).list();
    }

    /** The open 会审 tasks by their review part. */
    private static Map<String, Task> jointReviews(ProcessInstance pi) {
        return tasks(pi, "jointReview").stream()
                .collect(Collectors.toMap(t -> (String) taskService().getVariable(t.getId(), "reviewPart"), t -> t));
    }

    private static Map<String, Object> departmentsByPart(ProcessInstance pi) {
        return jointReviews(pi).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> taskService().getVariable(e.getValue().getId(), "taskDepartment")));
    }

    private static List<VariableInstance> departmentVariables(ProcessInstance pi) {
        return runtimeService().createVariableInstanceQuery().processInstanceIdIn(pi.getId())
                .variableName("taskDepartment").list();
    }

    private static List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(link -> link.getGroupId())
                .toList();
    }

    private static HistoricTaskInstance historicTask(Task task) {
        return historyService().createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
    }

    private static List<HistoricTaskInstance> historicTasks(ProcessInstance pi, String activityId) {
        return historyService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(activityId).list();
    }

    private static Map<String, Object> decide(String outcome) {
        return withVariables("outcome", outcome, "opinion", "意见");
    }

    private static void failOnce(Job job) {
        assertThatThrownBy(() -> managementService().executeJob(job.getId())).hasMessageContaining("报告存储不可用");
    }

    private static List<Incident> incidents(ProcessInstance pi) {
        return runtimeService().createIncidentQuery().processInstanceId(pi.getId()).list();
    }
}
