package org.zhiban.inbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.zhiban.cases.CaseFile;
import org.zhiban.cases.CaseFiles;
import org.zhiban.identity.ZhibanUser;

/**
 * 待办箱: the caller's open tasks (assigned to them, or claimable through their role groups within their own
 * department) and the tasks they completed. Department isolation is part of every query, never a filter on
 * the results.
 */
@Service
public class TaskInbox {

    /** Process variable every case process carries; the department the case belongs to. */
    public static final String DEPARTMENT_VARIABLE = "department";
    private static final int TEXT_MATCH_LIMIT = 500;

    private final TaskService taskService;
    private final HistoryService historyService;
    private final CaseFiles caseFiles;

    public TaskInbox(TaskService taskService, HistoryService historyService, CaseFiles caseFiles) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.caseFiles = caseFiles;
    }

    public List<TaskSummary> open(ZhibanUser user, TaskFilter filter, int offset, int limit) {
        TaskQuery query = openQuery(user, filter);
        if (query == null) {
            return List.of();
        }
        List<Task> tasks = query.orderByTaskCreateTime().desc().listPage(offset, limit);
        Map<String, CaseFile> cases = casesOf(tasks.stream().map(Task::getProcessInstanceId).toList());
        return tasks.stream().map(t -> summary(t, cases.get(t.getProcessInstanceId()))).toList();
    }

    public long countOpen(ZhibanUser user, TaskFilter filter) {
        TaskQuery query = openQuery(user, filter);
        return query == null ? 0 : query.count();
    }

    public List<TaskSummary> done(ZhibanUser user, TaskFilter filter, int offset, int limit) {
        HistoricTaskInstanceQuery query = doneQuery(user, filter);
        if (query == null) {
            return List.of();
        }
        List<HistoricTaskInstance> tasks = query.orderByHistoricTaskInstanceEndTime().desc().listPage(offset, limit);
        Map<String, CaseFile> cases = casesOf(tasks.stream().map(HistoricTaskInstance::getProcessInstanceId).toList());
        return tasks.stream().map(t -> summary(t, cases.get(t.getProcessInstanceId()))).toList();
    }

    public long countDone(ZhibanUser user, TaskFilter filter) {
        HistoricTaskInstanceQuery query = doneQuery(user, filter);
        return query == null ? 0 : query.count();
    }

    /** Null when the filter cannot match anything (e.g. no case matches the text). */
    private TaskQuery openQuery(ZhibanUser user, TaskFilter filter) {
        TaskQuery query = taskService.createTaskQuery().active();
        Set<String> groups = user.roleGroupIds();
        if (groups.isEmpty() || user.departmentId() == null) {
            query.taskAssignee(user.id());
        } else {
            query.or().taskAssignee(user.id()).taskCandidateGroupIn(new ArrayList<>(groups)).endOr()
                    .processVariableValueEquals(DEPARTMENT_VARIABLE, user.departmentId());
        }
        if (filter.processKey() != null) {
            query.processDefinitionKey(filter.processKey());
        }
        if (filter.dueBefore() != null) {
            query.dueBefore(java.util.Date.from(filter.dueBefore()));
        }
        if (filter.hasText()) {
            List<String> caseIds = matchingCases(user, filter.text());
            if (caseIds.isEmpty()) {
                return null;
            }
            query.processInstanceBusinessKeyIn(caseIds.toArray(String[]::new));
        }
        return query;
    }

    private HistoricTaskInstanceQuery doneQuery(ZhibanUser user, TaskFilter filter) {
        HistoricTaskInstanceQuery query = historyService.createHistoricTaskInstanceQuery()
                .taskAssignee(user.id()).finished();
        if (user.departmentId() != null) {
            // Someone who moved departments no longer sees the old department's cases, done tasks included.
            query.processVariableValueEquals(DEPARTMENT_VARIABLE, user.departmentId());
        }
        if (filter.processKey() != null) {
            query.processDefinitionKey(filter.processKey());
        }
        if (filter.dueBefore() != null) {
            query.taskDueBefore(java.util.Date.from(filter.dueBefore()));
        }
        if (filter.hasText()) {
            List<String> caseIds = matchingCases(user, filter.text());
            if (caseIds.isEmpty()) {
                return null;
            }
            query.processInstanceBusinessKeyIn(caseIds.toArray(String[]::new));
        }
        return query;
    }

    private List<String> matchingCases(ZhibanUser user, String text) {
        return user.departmentId() == null ? List.of()
                : caseFiles.searchIds(user.departmentId(), text.strip(), TEXT_MATCH_LIMIT);
    }

    private Map<String, CaseFile> casesOf(Collection<String> processInstanceIds) {
        return caseFiles.findAllByProcessInstances(Set.copyOf(processInstanceIds)).stream()
                .collect(Collectors.toMap(CaseFile::processInstanceId, Function.identity()));
    }

    static String processKeyOf(String processDefinitionId) {
        int colon = processDefinitionId == null ? -1 : processDefinitionId.indexOf(':');
        return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
    }

    private static TaskSummary summary(Task t, CaseFile file) {
        return new TaskSummary(t.getId(), t.getName(), file == null ? null : file.caseId(),
                file == null ? null : file.title(), processKeyOf(t.getProcessDefinitionId()),
                t.getTaskDefinitionKey(), t.getCreateTime().toInstant(),
                t.getDueDate() == null ? null : t.getDueDate().toInstant(), t.getAssignee(), null);
    }

    private static TaskSummary summary(HistoricTaskInstance t, CaseFile file) {
        return new TaskSummary(t.getId(), t.getName(), file == null ? null : file.caseId(),
                file == null ? null : file.title(), t.getProcessDefinitionKey(), t.getTaskDefinitionKey(),
                t.getStartTime().toInstant(), t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                t.getAssignee(), t.getEndTime() == null ? null : t.getEndTime().toInstant());
    }
}
