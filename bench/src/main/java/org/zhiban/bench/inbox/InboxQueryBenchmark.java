package org.zhiban.bench.inbox;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhiban.cases.CaseSearch;
import org.zhiban.cases.CaseTask;
import org.zhiban.cases.CaseTasks;
import org.zhiban.cases.TaskFilter;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;

/**
 * Issue #7: the inbox's first page and case search at 10^5 open tasks and 10^6 historic cases on PostgreSQL, the
 * app's way (its {@code case_task}/{@code case_file} registry, {@link CaseTasks}, {@link CaseSearch}) beside the
 * engine's way (Camunda queries with process-variable filters, as the inbox did before), in the running app, on
 * the data {@link InboxDataLoader} loaded. Sample time: JMH reports p50/p90/p95/p99 per operation.
 *
 * <ul>
 *   <li>{@code inboxCaseTasks}: {@code CaseTasks.open(reviewer, no filter, 0, 50)} + {@code countOpen} — the
 *       inbox's first page as the UI asks for it (one page, one count);</li>
 *   <li>{@code inboxTaskQuery}: the same through {@code TaskQuery.active().or().taskAssignee(me)
 *       .taskCandidateGroupIn(groups).endOr().processVariableValueEquals("department", dept)
 *       .orderByTaskCreateTime().desc()}, {@code listPage(0, 50)} + {@code count()};</li>
 *   <li>{@code searchCaseSearch}: {@code CaseSearch.search(officer, no criteria, page 0, size 20)} — first page +
 *       total, visibility = owning department or a task routed to it;</li>
 *   <li>{@code searchHistoricProcessInstanceQuery}: the engine's nearest equivalent, {@code
 *       HistoricProcessInstanceQuery.variableValueEquals("department", dept).orderByProcessInstanceStartTime()
 *       .desc()}, {@code listPage(0, 20)} + {@code count()} (owning department only: the engine cannot say "a task
 *       of the case was routed to my department");</li>
 *   <li>{@code doneCaseTasks} / {@code doneHistoricTaskQuery}: 已办, the reviewer's completed tasks, first page of
 *       50 + count, by {@code CaseTasks.done} and by {@code HistoricTaskInstanceQuery.taskAssignee(me).finished()
 *       .processVariableValueEquals("department", dept).orderByHistoricTaskInstanceEndTime().desc()}.</li>
 * </ul>
 *
 * <p>Before measuring, each trial checks that both ways give the same answer — same task ids in the same order
 * and the same count, for an officer, a reviewer and a leader of the department (inbox) and for the reviewer
 * (done) — and prints it; a mismatch stops the run. For case search it prints both totals (they differ by the
 * cases seen only through a 会签 task, which is the point of the registry).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Djmh.shutdownTimeout=2", "-Djmh.shutdownTimeout.step=1"})
@State(Scope.Benchmark)
public class InboxQueryBenchmark {

    static final TaskFilter NO_FILTER = new TaskFilter(null, null, null);
    static final CaseSearch.Criteria FIRST_PAGE = new CaseSearch.Criteria(null, null, null, null, null, null, 0, 20,
            null, false);
    static final int INBOX_PAGE = 50;

    /** The department whose staff the queries are made for. */
    @Param("d07")
    public String department;

    ConfigurableApplicationContext context;
    CaseTasks caseTasks;
    CaseSearch caseSearch;
    TaskService taskService;
    HistoryService historyService;
    ZhibanUser officer;
    ZhibanUser reviewer;
    ZhibanUser leader;

    @Setup(Level.Trial)
    public void start() throws Exception {
        InboxShape shape;
        try (Connection connection = InboxDataLoader.connect(InboxBenchApp.jdbcUrl())) {
            shape = InboxShape.loaded(connection).orElseThrow(() -> new IllegalStateException(
                    "no bench data in " + InboxBenchApp.jdbcUrl() + ": run InboxDataLoader first (bench/README.md)"));
        }
        System.out.println("bench data: " + shape);
        context = InboxBenchApp.start();
        caseTasks = context.getBean(CaseTasks.class);
        caseSearch = context.getBean(CaseSearch.class);
        taskService = context.getBean(TaskService.class);
        historyService = context.getBean(HistoryService.class);
        officer = user("officer", Role.OFFICER);
        reviewer = user("reviewer", Role.REVIEWER);
        leader = user("leader", Role.LEADER);
        check();
    }

    @TearDown(Level.Trial)
    public void stop() {
        if (context != null) {
            context.close();
        }
    }

    private ZhibanUser user(String role, Role r) {
        return new ZhibanUser(InboxShape.user(department, role, 1), role + " 1 of " + department, department,
                "科室 " + department, Set.of(r));
    }

    @Benchmark
    public void inboxCaseTasks(Blackhole bh) {
        bh.consume(caseTasks.open(reviewer, NO_FILTER, 0, INBOX_PAGE));
        bh.consume(caseTasks.countOpen(reviewer, NO_FILTER));
    }

    @Benchmark
    public void inboxTaskQuery(Blackhole bh) {
        bh.consume(inboxQuery(reviewer).orderByTaskCreateTime().desc().listPage(0, INBOX_PAGE));
        bh.consume(inboxQuery(reviewer).count());
    }

    @Benchmark
    public CaseSearch.Page searchCaseSearch() {
        return caseSearch.search(officer, FIRST_PAGE);
    }

    @Benchmark
    public void searchHistoricProcessInstanceQuery(Blackhole bh) {
        bh.consume(searchQuery(officer).orderByProcessInstanceStartTime().desc().listPage(0, FIRST_PAGE.size()));
        bh.consume(searchQuery(officer).count());
    }

    @Benchmark
    public void doneCaseTasks(Blackhole bh) {
        bh.consume(caseTasks.done(reviewer, NO_FILTER, 0, INBOX_PAGE));
        bh.consume(caseTasks.countDone(reviewer, NO_FILTER));
    }

    @Benchmark
    public void doneHistoricTaskQuery(Blackhole bh) {
        bh.consume(doneQuery(reviewer).orderByHistoricTaskInstanceEndTime().desc().listPage(0, INBOX_PAGE));
        bh.consume(doneQuery(reviewer).count());
    }

    /** The inbox as it was before the registry (TaskInbox at 08c4da6). */
    TaskQuery inboxQuery(ZhibanUser user) {
        return taskService.createTaskQuery().active()
                .or().taskAssignee(user.id()).taskCandidateGroupIn(new ArrayList<>(user.roleGroupIds())).endOr()
                .processVariableValueEquals("department", user.departmentId());
    }

    HistoricTaskInstanceQuery doneQuery(ZhibanUser user) {
        return historyService.createHistoricTaskInstanceQuery().taskAssignee(user.id()).finished()
                .processVariableValueEquals("department", user.departmentId());
    }

    HistoricProcessInstanceQuery searchQuery(ZhibanUser user) {
        return historyService.createHistoricProcessInstanceQuery().variableValueEquals("department", user.departmentId());
    }

    /** Both ways must give the same answer before either is timed. */
    void check() {
        for (ZhibanUser user : List.of(officer, reviewer, leader)) {
            List<String> registry = caseTasks.open(user, NO_FILTER, 0, INBOX_PAGE).stream().map(CaseTask::taskId).toList();
            List<String> engine = inboxQuery(user).orderByTaskCreateTime().desc().listPage(0, INBOX_PAGE).stream()
                    .map(Task::getId).toList();
            long registryCount = caseTasks.countOpen(user, NO_FILTER);
            long engineCount = inboxQuery(user).count();
            same("inbox of " + user.id(), registry, engine, registryCount, engineCount);
        }
        List<String> registryDone = caseTasks.done(reviewer, NO_FILTER, 0, INBOX_PAGE).stream().map(CaseTask::taskId)
                .toList();
        List<String> engineDone = doneQuery(reviewer).orderByHistoricTaskInstanceEndTime().desc()
                .listPage(0, INBOX_PAGE).stream().map(HistoricTaskInstance::getId).toList();
        same("done list of " + reviewer.id(), registryDone, engineDone, caseTasks.countDone(reviewer, NO_FILTER),
                doneQuery(reviewer).count());
        CaseSearch.Page page = caseSearch.search(officer, FIRST_PAGE);
        List<String> engineCases = searchQuery(officer).orderByProcessInstanceStartTime().desc()
                .listPage(0, FIRST_PAGE.size()).stream().map(HistoricProcessInstance::getBusinessKey).toList();
        List<String> registryCases = page.items().stream().map(CaseSearch.Hit::caseId).toList();
        System.out.printf("check case search of %s: CaseSearch total %,d (owning department or a task routed to it),"
                        + " HistoricProcessInstanceQuery total %,d (owning department only); first pages %s%n",
                officer.id(), page.total(), searchQuery(officer).count(),
                registryCases.equals(engineCases) ? "equal (" + registryCases.size() + " cases, newest "
                        + registryCases.get(0) + ")" : "differ: " + registryCases + " vs " + engineCases);
    }

    private static void same(String what, List<String> registry, List<String> engine, long registryCount,
                             long engineCount) {
        if (!registry.equals(engine) || registryCount != engineCount || registry.isEmpty()) {
            throw new IllegalStateException("check " + what + " FAILED: registry " + registryCount + " " + registry
                    + " vs engine " + engineCount + " " + engine);
        }
        System.out.printf("check %s: OK, same %d task ids in the same order (first %s), same count %,d%n", what,
                registry.size(), registry.get(0), registryCount);
    }
}
