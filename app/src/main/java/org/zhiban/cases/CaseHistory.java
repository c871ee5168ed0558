package org.zhiban.cases;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhiban.identity.Directory;

/** 办理过程: the steps a case went through, with who decided what and their opinion. */
@Service
public class CaseHistory {

    /** Steps worth showing an official; gateways and flows are engine mechanics. */
    private static final Set<String> SHOWN_TYPES = Set.of("startEvent", "userTask", "serviceTask", "endEvent",
            "noneEndEvent", "businessRuleTask", "sendTask", "callActivity");

    private final JdbcClient jdbc;
    private final HistoryService historyService;
    private final Directory directory;
    private final CaseTypes caseTypes;

    public CaseHistory(JdbcClient jdbc, HistoryService historyService, Directory directory, CaseTypes caseTypes) {
        this.jdbc = jdbc;
        this.historyService = historyService;
        this.directory = directory;
        this.caseTypes = caseTypes;
    }

    /** In the completing transaction: a refused completion leaves no decision behind. */
    @EventListener
    void on(TaskDecided d) {
        jdbc.sql("""
                insert into task_decision (task_id, case_id, process_instance_id, activity_id, activity_name,
                                           user_id, role, department, outcome, opinion, edited_fields, decided_at)
                values (:taskId, :caseId, :pi, :activityId, :activityName, :userId, :role, :department, :outcome,
                        :opinion, :edited, :at)""")
                .param("taskId", d.taskId()).param("caseId", d.caseId()).param("pi", d.processInstanceId())
                .param("activityId", d.activityId()).param("activityName", d.activityName())
                .param("userId", d.userId()).param("role", d.role()).param("department", d.department())
                .param("outcome", d.outcome()).param("opinion", d.opinion())
                .param("edited", String.join(",", d.editedFields()))
                .param("at", Timestamp.from(d.decidedAt())).update();
    }

    public List<Decision> decisions(String caseId) {
        return jdbc.sql("select * from task_decision where case_id = :caseId order by decided_at")
                .param("caseId", caseId)
                .query((rs, i) -> new Decision(rs.getString("task_id"), rs.getString("case_id"),
                        rs.getString("process_instance_id"), rs.getString("activity_id"),
                        rs.getString("activity_name"), rs.getString("user_id"), rs.getString("role"),
                        rs.getString("department"), rs.getString("outcome"), rs.getString("opinion"),
                        rs.getString("edited_fields") == null || rs.getString("edited_fields").isEmpty() ? List.of()
                                : Arrays.asList(rs.getString("edited_fields").split(",")),
                        rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    public List<HistoryEntry> history(CaseFile file) {
        if (file.processInstanceId() == null) {
            return List.of();
        }
        Map<String, Decision> byTask = decisions(file.caseId()).stream()
                .collect(Collectors.toMap(Decision::taskId, Function.identity()));
        List<HistoricActivityInstance> steps = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(file.processInstanceId()).list();
        Function<String, String> names = directory.displayNames();
        CaseType type = caseTypes.of(file);
        return steps.stream()
                .filter(a -> SHOWN_TYPES.contains(a.getActivityType()))
                .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime)
                        .thenComparing(a -> a.getEndTime() == null ? Long.MAX_VALUE : a.getEndTime().getTime()))
                .map(a -> entry(type, a, a.getTaskId() == null ? null : byTask.get(a.getTaskId()), names))
                .toList();
    }

    private static HistoryEntry entry(CaseType type, HistoricActivityInstance a, Decision decision,
                                      Function<String, String> names) {
        String user = decision != null ? decision.userId() : a.getAssignee();
        java.util.Date time = a.getEndTime() != null ? a.getEndTime() : a.getStartTime();
        String outcome = decision == null ? null : decision.outcome();
        String label = outcome == null ? null : type.step(a.getActivityId()).flatMap(s -> s.outcome(outcome))
                .map(Outcome::labelKey).orElse("outcome." + outcome);
        return new HistoryEntry(a.getActivityName(), a.getActivityId(), a.getActivityType(), user,
                user == null ? null : names.apply(user), outcome, label,
                decision == null ? null : decision.opinion(), time.toInstant());
    }
}
