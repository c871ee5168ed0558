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
    /** The people's steps of a 发文 without 会签 or 阅件: 拟稿, 核稿, 签发, 用印印发. */
    static final String[] HUMAN_STEPS = {"draft", "review", "sign", "issue"};
    /** Review records of a lifecycle case: four decisions, 编号, 分发, and 归档 of DOCX, OFD, PDF, 稿纸 and manifest. */
    static final int LIFECYCLE_RECORDS = 4 + 1 + 1 + 5;

    /** A 通知 that passes every 公文 rule (GB/T 9704-2012 elements complete and well formed). */
    static final DocumentDrafting.NewDocument NOTICE = new DocumentDrafting.NewDocument(
            "某市人民政府办公室关于做好2027年元旦春节期间有关工作的通知", "通知",
            "为做好2027年元旦春节期间有关工作，现将有关事项通知如下。\n一、加强值班值守\n各单位要严格落实值班制度。\n二、抓好安全生产\n各单位要全面排查安全隐患。");
    static final Map<String, Object> NOTICE_HEADER = Map.of(
            "issuingOrgan", "某市人民政府办公室",
            "mainRecipients", "各区人民政府、市政府各部门");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final DocumentDrafting drafting;
    private final TaskWork taskWork;
    private final JdbcLogStore ledger;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;
    final ZhibanUser officer;
    final ZhibanUser reviewer;
    final ZhibanUser leader;
    private long ledgerExpected;

    Cases(ApplicationContext context) {
        this.runtime = context.getBean(RuntimeService.class);
        this.tasks = context.getBean(TaskService.class);
        this.management = context.getBean(ManagementService.class);
        this.drafting = context.getBean(DocumentDrafting.class);
        this.taskWork = context.getBean(TaskWork.class);
        this.ledger = context.getBean(JdbcLogStore.class);
        this.jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        Directory directory = context.getBean(Directory.class);
        this.officer = user(directory, "zhangsan");
        this.reviewer = user(directory, "lisi");
        this.leader = user(directory, "wangwu");
        deployBare(context.getBean(RepositoryService.class));
        this.ledgerExpected = ledger.leafCount();
    }

    private static ZhibanUser user(Directory directory, String id) {
        return directory.find(id).orElseThrow(() -> new IllegalStateException("no demo user " + id));
    }

    /**
     * start → the same four user tasks as a 发文 → end; the app's plugins apply to it as to every model (the review
     * record of each completion, the task register), so the difference to a lifecycle case is its automated steps.
     */
    private static void deployBare(RepositoryService repository) {
        var builder = Bpmn.createExecutableProcess(BARE_KEY).name("bare").camundaHistoryTimeToLive(1).startEvent("start");
        org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder<?, ?> at = builder;
        for (String step : HUMAN_STEPS) {
            at = at.userTask(step).name(step);
        }
        BpmnModelInstance model = at.endEvent("end").done();
        repository.createDeployment().name("bench-bare").addModelInstance("bench-bare.bpmn", model).deploy();
    }

    /** Bare: start, complete its four user tasks straight on the engine; no case, so no review records. */
    void bareCase() {
        String pi = runtime.startProcessInstanceByKey(BARE_KEY).getId();
        for (String step : HUMAN_STEPS) {
            Task task = single(pi);
            expect(step, task);
            tasks.complete(task.getId(), Map.of("outcome", "approve"));
        }
    }

    String startDocument() {
        return drafting.start(officer, NOTICE).processInstanceId();
    }

    /** 拟稿 submitted with its 发文机关 and 主送: the compliance rules and the proofreader run in the same transaction. */
    void submitDraft(String pi) {
        complete(pi, "draft", officer, "submit", NOTICE_HEADER);
    }

    void approve(String pi) {
        complete(pi, "review", reviewer, "approve", Map.of());
    }

    /** 签发: 编号 runs in the same transaction and leaves the async 排版 job behind. */
    void sign(String pi) {
        complete(pi, "sign", leader, "sign", Map.of());
        ledgerExpected += 1;
    }

    /** 排版: DOCX, OFD and PDF laid out and stored. */
    void layout(String pi) {
        executeJob(pi, "layout");
    }

    /** 用印印发, then 分发 in the same transaction; leaves the 归档 job. */
    void issue(String pi) {
        complete(pi, "issue", officer, "issue", Map.of());
        ledgerExpected += 1;
    }

    void archive(String pi) {
        executeJob(pi, "archive");
        ledgerExpected += 5;
        if (runtime.createProcessInstanceQuery().processInstanceId(pi).count() != 0) {
            throw new IllegalStateException("case " + pi + " did not end after the archive job");
        }
    }

    private void complete(String pi, String step, ZhibanUser user, String outcome, Map<String, Object> input) {
        Task task = single(pi);
        expect(step, task);
        taskWork.complete(user, task.getId(), new TaskCompletion(outcome, null, input));
        ledgerExpected += 1;
    }

    private void executeJob(String pi, String activity) {
        Job job = management.createJobQuery().processInstanceId(pi).singleResult();
        if (job == null) {
            throw new IllegalStateException("no " + activity + " job for " + pi);
        }
        management.executeJob(job.getId());
    }

    /** Waits until the outbox listener has appended every review record made so far to the review log. */
    void awaitLedger() {
        long deadline = System.nanoTime() + LEDGER_TIMEOUT.toNanos();
        while (ledger.leafCount() < ledgerExpected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("review log has " + ledger.leafCount() + " records, expected "
                        + ledgerExpected + " after " + LEDGER_TIMEOUT + "; on the log: " + jdbc.queryForList(
                        "select entry from ledger_review_record order by leaf_index", String.class).stream()
                        .map(e -> e.replaceAll(".*\"action\":\"([a-z_]+)\".*", "$1")).toList()
                        + "; outbox not complete: " + jdbc.queryForList(
                        "select listener_id from event_publication where completion_date is null", String.class));
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
