package org.zhiban.cases;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the task register and case states up to date at start for data written before they existed (a database
 * from an earlier version): an open task missing from {@code case_task} would be missing from every inbox, and a
 * finished case would still read as running. Costs one indexed query when nothing is missing.
 */
@Component
class CaseRegistryRepair {

    private static final Logger log = LoggerFactory.getLogger(CaseRegistryRepair.class);
    private static final int PAGE = 500;

    private final JdbcClient jdbc;
    private final TaskService taskService;
    private final CaseTasks caseTasks;

    CaseRegistryRepair(JdbcClient jdbc, TaskService taskService, CaseTasks caseTasks) {
        this.caseTasks = caseTasks;
        this.jdbc = jdbc;
        this.taskService = taskService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void repair() {
        long open = taskService.createTaskQuery().active().count();
        long registered = jdbc.sql("select count(*) from case_task where state = 'open'").query(Long.class).single();
        int added = 0;
        if (open > registered) {
            for (int first = 0; first < open; first += PAGE) {
                for (Task task : taskService.createTaskQuery().active().orderByTaskId().asc().listPage(first, PAGE)) {
                    added += register(task);
                }
            }
        }
        // One statement, not an engine query per running case: this runs at every start.
        int closed = jdbc.sql("""
                update case_file set state = 'completed' where state = 'running' and process_instance_id is not null
                  and not exists (select 1 from act_ru_execution e where e.proc_inst_id_ = case_file.process_instance_id)""")
                .update();
        if (added + closed > 0) {
            log.info("案件登记补齐 / case registry repaired: {} open task(s) registered, {} case(s) marked completed", added, closed);
        }
    }

    private int register(Task task) {
        Object caseId = taskService.getVariable(task.getId(), CaseVariables.CASE_ID);
        if (caseId == null || caseTasks.registered(task.getId())) {
            return 0;
        }
        Object routed = taskService.getVariable(task.getId(), CaseVariables.TASK_DEPARTMENT);
        Object department = routed != null ? routed : taskService.getVariable(task.getId(), CaseVariables.DEPARTMENT);
        List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(l -> l.getGroupId()).toList();
        caseTasks.insert(new CaseTasks.NewTask(task.getId(), caseId.toString(), task.getProcessInstanceId(),
                task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName(), String.valueOf(department),
                groups, task.getAssignee(), task.getCreateTime().toInstant(), task.getDueDate()));
        return 1;
    }
}
