package org.zhiban.bench.process;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.ApplicationContext;
import org.zhiban.document.DocumentDrafting;
import org.zhiban.identity.Directory;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.inbox.TaskCompletion;
import org.zhiban.inbox.TaskWork;
import org.zhiban.ledger.log.JdbcLogStore;

/**
 * Drives cases through the app's own services, as the REST API and the inbox do, minus HTTP and security filters.
 * Every step is checked, so a benchmark that silently took another path (a failed compliance check, a missing job)
 * stops instead of measuring the wrong thing.
 */
final class Cases {

    static final String BARE_KEY = "bench_bare";
    private static final Duration LEDGER_TIMEOUT = Duration.ofSeconds(30);

    /** A 通知 that passes every 公文 rule (GB/T 9704-2012 elements complete and well formed). */
    static final DocumentDrafting.NewDocument NOTICE = new DocumentDrafting.NewDocument(
            "某市人民政府办公室关于做好2027年元旦春节期间有关工作的通知", "通知", "现将有关事项通知如下。特此通知。");
    static final Map<String, Object> NOTICE_HEADER = Map.of(
            "documentNumber", "某政办发〔2026〕12号",
            "issuingOrgan", "某市人民政府办公室",
            "mainRecipients", "各区人民政府、市政府各部门",
            "signingDate", "2026年12月1日");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final DocumentDrafting drafting;
    private final TaskWork taskWork;
    private final JdbcLogStore ledger;
    final ZhibanUser officer;
    final ZhibanUser reviewer;
    private long ledgerExpected;

    Cases(ApplicationContext context) {
        this.runtime = context.getBean(RuntimeService.class);
        this.tasks = context.getBean(TaskService.class);
        this.management = context.getBean(ManagementService.class);
        this.drafting = context.getBean(DocumentDrafting.class);
        this.taskWork = context.getBean(TaskWork.class);
        this.ledger = context.getBean(JdbcLogStore.class);
        Directory directory = context.getBean(Directory.class);
        this.officer = directory.find("zhangsan").orElseThrow(() -> new IllegalStateException("no demo user zhangsan"));
        this.reviewer = directory.find("lisi").orElseThrow(() -> new IllegalStateException("no demo user lisi"));
        deployBare(context.getBean(RepositoryService.class));
        this.ledgerExpected = ledger.leafCount();
    }

    /** start → one user task → end; the app's plugins apply to it as to every model (the review-record listener). */
    private static void deployBare(RepositoryService repository) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(BARE_KEY).name("bare")
                .camundaHistoryTimeToLive(1)
                .startEvent("start").userTask("work").name("办理").endEvent("end").done();
        repository.createDeployment().name("bench-bare").addModelInstance("bench-bare.bpmn", model).deploy();
    }

    /** Bare: start, complete the one user task. The task's completion makes one review record. */
    void bareCase() {
        String pi = runtime.startProcessInstanceByKey(BARE_KEY).getId();
        Task task = single(pi);
        tasks.complete(task.getId(), Map.of("outcome", "approve"));
        ledgerExpected += 1;
    }

    String startDocument() {
        return drafting.start(officer, NOTICE).processInstanceId();
    }

    /** 拟稿 submitted with a valid 发文字号: runs the Drools compliance check in the same transaction. */
    void submitDraft(String pi) {
        Task draft = single(pi);
        expect("draft", draft);
        taskWork.complete(officer, draft.getId(), new TaskCompletion("submit", null, NOTICE_HEADER));
        ledgerExpected += 1;
    }

    /** 核稿 approved; leaves the async 归档 job behind. */
    void approve(String pi) {
        Task review = single(pi);
        expect("review", review);
        taskWork.complete(reviewer, review.getId(), new TaskCompletion("approve", "同意。", Map.of()));
        ledgerExpected += 1;
    }

    /** 归档: the async job, executed here rather than by the (disabled) job executor. */
    void archive(String pi) {
        Job job = management.createJobQuery().processInstanceId(pi).singleResult();
        if (job == null) {
            throw new IllegalStateException("no archive job for " + pi);
        }
        management.executeJob(job.getId());
        ledgerExpected += 1;
        if (runtime.createProcessInstanceQuery().processInstanceId(pi).count() != 0) {
            throw new IllegalStateException("case " + pi + " did not end after the archive job");
        }
    }

    /** Waits until the outbox listener has appended every review record made so far to the review log. */
    void awaitLedger() {
        long deadline = System.nanoTime() + LEDGER_TIMEOUT.toNanos();
        while (ledger.leafCount() < ledgerExpected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("review log has " + ledger.leafCount() + " records, expected "
                        + ledgerExpected + " after " + LEDGER_TIMEOUT);
            }
            LockSupport.parkNanos(100_000);
        }
    }

    private Task single(String pi) {
        Task task = tasks.createTaskQuery().processInstanceId(pi).active().singleResult();
        if (task == null) {
            throw new IllegalStateException("no open task in " + pi);
        }
        return task;
    }

    private static void expect(String activityId, Task task) {
        if (!activityId.equals(task.getTaskDefinitionKey())) {
            throw new IllegalStateException("expected " + activityId + " but the case is at "
                    + task.getTaskDefinitionKey() + " (" + task.getName() + ")");
        }
    }
}
