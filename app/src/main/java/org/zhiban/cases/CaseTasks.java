package org.zhiban.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.platform.GlobalTaskListener;

/**
 * 案件环节登记: keeps {@code case_task} in step with every user task of every case — created, assigned, completed,
 * cancelled — inside the engine's own transaction, and answers the inbox's and case visibility's questions from
 * it with plain indexed queries. Department isolation is part of every query.
 */
@Service
@Order(100) // after the due date is set
public class CaseTasks implements GlobalTaskListener {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SeparationOfDuties separation;

    /** Lazy: engine plugins (this listener) are built before the engine, the case types (which use it) after. */
    public CaseTasks(JdbcClient jdbc, Clock clock, @Lazy SeparationOfDuties separation) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.separation = separation;
    }

    @Override
    public Set<String> eventNames() {
        return Set.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE,
                TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE);
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getVariable(CaseVariables.CASE_ID) == null) {
            return; // not a case's task
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> register(task);
            case TaskListener.EVENTNAME_COMPLETE -> finish(task.getId(), "done", task.getAssignee());
            case TaskListener.EVENTNAME_DELETE -> finish(task.getId(), "cancelled", null);
            default -> jdbc.sql("update case_task set assignee = :assignee, due_at = :due, name = :name where task_id = :id")
                    .param("assignee", task.getAssignee()).param("due", timestamp(task.getDueDate()))
                    .param("name", task.getName()).param("id", task.getId()).update();
        }
    }

    private void register(DelegateTask task) {
        Object routed = task.getVariable(CaseVariables.TASK_DEPARTMENT);
        List<String> groups = task.getCandidates().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId()).toList();
        insert(new NewTask(task.getId(), task.getVariable(CaseVariables.CASE_ID).toString(), task.getProcessInstanceId(),
                task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName(),
                String.valueOf(routed != null ? routed : task.getVariable(CaseVariables.DEPARTMENT)), groups,
                task.getAssignee(), task.getCreateTime() == null ? clock.instant() : task.getCreateTime().toInstant(),
                task.getDueDate()));
    }

    /** A task as it is registered: routed to a department, claimable by its candidate groups. */
    record NewTask(String taskId, String caseId, String processInstanceId, String processDefinitionId,
                   String activityId, String name, String department, List<String> candidateGroups, String assignee,
                   Instant created, Date due) {}

    void insert(NewTask t) {
        String definition = t.processDefinitionId();
        String groups = t.candidateGroups().stream().sorted().collect(Collectors.joining(","));
        jdbc.sql("""
                insert into case_task (task_id, case_id, process_instance_id, process_key, activity_id, name, department,
                                       candidate_groups, assignee, created_at, due_at, state)
                values (:id, :caseId, :pi, :processKey, :activityId, :name, :department, :groups, :assignee, :created,
                        :due, 'open')""")
                .param("id", t.taskId()).param("caseId", t.caseId()).param("pi", t.processInstanceId())
                .param("processKey", definition.contains(":") ? definition.substring(0, definition.indexOf(':')) : definition)
                .param("activityId", t.activityId()).param("name", t.name()).param("department", t.department())
                .param("groups", groups.isEmpty() ? "" : "," + groups + ",").param("assignee", t.assignee())
                .param("created", Timestamp.from(t.created())).param("due", timestamp(t.due())).update();
        // A task routed outside the owning department makes that department a participant of the case.
        jdbc.sql("""
                insert into case_participant (department, case_id, case_created_at)
                select :department, c.case_id, c.created_at from case_file c
                where c.case_id = :caseId and c.department <> :department
                  and not exists (select 1 from case_participant p where p.department = :department and p.case_id = :caseId)""")
                .param("department", t.department()).param("caseId", t.caseId()).update();
    }

    boolean registered(String taskId) {
        return jdbc.sql("select count(*) from case_task where task_id = :id").param("id", taskId)
                .query(Long.class).single() > 0;
    }

    private void finish(String taskId, String state, String by) {
        jdbc.sql("update case_task set state = :state, completed_at = :at, completed_by = :by where task_id = :id")
                .param("state", state).param("at", Timestamp.from(clock.instant())).param("by", by)
                .param("id", taskId).update();
    }

    public Optional<CaseTask> find(String taskId) {
        return jdbc.sql(SELECT + " where t.task_id = :id").param("id", taskId).query(CaseTasks::map).optional();
    }

    /** Every task of one case in one step — open, done or cancelled — oldest first (会签 and 阅件 receipts). */
    public List<CaseTask> ofStep(String caseId, String activityId) {
        return jdbc.sql(SELECT + " where t.case_id = :caseId and t.activity_id = :activityId order by t.created_at, t.task_id")
                .param("caseId", caseId).param("activityId", activityId).query(CaseTasks::map).list();
    }

    /**
     * Tasks open to the user: assigned to them, or claimable through their role groups, in their department —
     * except the claimable ones 职责分离 keeps from them ({@link SeparationOfDuties}).
     */
    public List<CaseTask> open(ZhibanUser user, TaskFilter filter, int offset, int limit) {
        Query q = openQuery(user, filter);
        return q.page(" order by t.created_at desc, t.task_id", offset, limit);
    }

    public long countOpen(ZhibanUser user, TaskFilter filter) {
        return openQuery(user, filter).count();
    }

    /** Tasks the user completed, in their present department (someone who moved on no longer sees the old one's). */
    public List<CaseTask> done(ZhibanUser user, TaskFilter filter, int offset, int limit) {
        return doneQuery(user, filter).page(" order by t.completed_at desc, t.task_id", offset, limit);
    }

    public long countDone(ZhibanUser user, TaskFilter filter) {
        return doneQuery(user, filter).count();
    }

    /**
     * Whether the department takes part in a case it does not own: it holds or held a task on it (a 会签, a
     * sub-service of an 一件事 chain).
     */
    public boolean departmentTookPart(String caseId, String department) {
        return jdbc.sql("select count(*) from case_participant where case_id = :caseId and department = :department")
                .param("caseId", caseId).param("department", department).query(Long.class).single() > 0;
    }

    private Query openQuery(ZhibanUser user, TaskFilter filter) {
        Query q = new Query(jdbc, "t.state = 'open'");
        if (user.departmentId() == null || user.roleGroupIds().isEmpty()) {
            q.where("t.assignee = :me").param("me", user.id());
        } else {
            List<String> claimable = new ArrayList<>();
            int i = 0;
            for (String group : user.roleGroupIds().stream().sorted().toList()) {
                claimable.add("t.candidate_groups like :g" + i);
                q.param("g" + i++, "%," + group + ",%");
            }
            q.where("t.department = :dept").param("dept", user.departmentId());
            q.where("(t.assignee = :me or (t.assignee is null and (" + String.join(" or ", claimable) + ")"
                    + notSeparatedFromMe(q) + "))").param("me", user.id());
        }
        return q.filter(filter);
    }

    /**
     * 职责分离 in SQL, the same rule as {@link SeparationOfDuties#bars}: not a separated step of a case the user
     * opened or decided another step of. Only rows with a separated step's activity id probe the case.
     */
    private String notSeparatedFromMe(Query q) {
        Map<String, Set<String>> steps = new TreeMap<>(separation.separatedSteps());
        if (steps.isEmpty()) {
            return "";
        }
        List<String> byType = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Set<String>> type : steps.entrySet()) {
            byType.add("(f.case_type = :sodType" + i + " and t.activity_id in (:sodSteps" + i + "))");
            q.param("sodType" + i, type.getKey()).param("sodSteps" + i++, type.getValue().stream().sorted().toList());
        }
        q.param("sodActivities", steps.values().stream().flatMap(Set::stream).distinct().sorted().toList());
        return " " + """
                and not (t.activity_id in (:sodActivities) and exists (select 1 from case_file f
                    where f.case_id = t.case_id and (%s)
                      and (f.initiator = :me or exists (select 1 from task_decision d where d.case_id = t.case_id
                                                        and d.user_id = :me and d.activity_id <> t.activity_id))))"""
                .formatted(String.join(" or ", byType));
    }

    private Query doneQuery(ZhibanUser user, TaskFilter filter) {
        Query q = new Query(jdbc, "t.state = 'done'").where("t.completed_by = :me").param("me", user.id());
        if (user.departmentId() != null) {
            q.where("t.department = :dept").param("dept", user.departmentId());
        }
        return q.filter(filter);
    }

    static final String SELECT = """
            select t.*, c.title as case_title, c.case_type from case_task t join case_file c on c.case_id = t.case_id""";

    /** A WHERE clause built from fixed fragments; every value is a bound parameter. */
    private static final class Query {
        private final JdbcClient jdbc;
        private final List<String> conditions = new ArrayList<>();
        private final java.util.Map<String, Object> params = new java.util.HashMap<>();
        /** Only the text filter needs the case's title; without it the count reads the task register alone. */
        private boolean needsCase;

        Query(JdbcClient jdbc, String first) {
            this.jdbc = jdbc;
            conditions.add(first);
        }

        Query where(String condition) {
            conditions.add(condition);
            return this;
        }

        Query param(String name, Object value) {
            params.put(name, value);
            return this;
        }

        Query filter(TaskFilter filter) {
            if (filter.processKey() != null) {
                where("t.process_key = :processKey").param("processKey", filter.processKey());
            }
            if (filter.dueBefore() != null) {
                where("t.due_at < :dueBefore").param("dueBefore", Timestamp.from(filter.dueBefore()));
            }
            if (filter.hasText()) {
                needsCase = true;
                where("(lower(c.title) like :text or lower(c.case_id) like :text)")
                        .param("text", "%" + filter.text().strip().toLowerCase() + "%");
            }
            return this;
        }

        List<CaseTask> page(String order, int offset, int limit) {
            return jdbc.sql(SELECT + " where " + String.join(" and ", conditions) + order + " limit :limit offset :offset")
                    .params(params).param("limit", limit).param("offset", offset).query(CaseTasks::map).list();
        }

        long count() {
            return jdbc.sql("select count(*) from case_task t"
                    + (needsCase ? " join case_file c on c.case_id = t.case_id" : "") + " where "
                    + String.join(" and ", conditions)).params(params).query(Long.class).single();
        }
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static CaseTask map(ResultSet rs, int row) throws SQLException {
        Set<String> groups = Arrays.stream(rs.getString("candidate_groups").split(","))
                .filter(g -> !g.isEmpty()).collect(Collectors.toSet());
        return new CaseTask(rs.getString("task_id"), rs.getString("case_id"), rs.getString("case_title"),
                rs.getString("case_type"), rs.getString("process_instance_id"), rs.getString("process_key"),
                rs.getString("activity_id"), rs.getString("name"), rs.getString("department"), groups,
                rs.getString("assignee"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("due_at")),
                rs.getString("state"), instant(rs.getTimestamp("completed_at")), rs.getString("completed_by"));
    }
}
