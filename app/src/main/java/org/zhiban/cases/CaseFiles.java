package org.zhiban.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.Refusal;

/** 案卷登记簿: opens cases of every type and finds them. Who may see one is {@link CaseAccess}'s decision. */
@Service
public class CaseFiles {

    static final int MAX_TITLE = 200;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RuntimeService runtimeService;
    private final CaseInput caseInput;

    public CaseFiles(JdbcClient jdbc, Clock clock, RuntimeService runtimeService, CaseInput caseInput) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.runtimeService = runtimeService;
        this.caseInput = caseInput;
    }

    /**
     * Opens a case of any type in one transaction: checks the initiator and the start form, allocates the
     * number, registers the case, lets the type store its data, starts the process (business key = case id)
     * and attaches the instance. A refusal leaves nothing behind.
     */
    @Transactional
    public CaseFile open(CaseType type, String title, String ownerDepartment, ZhibanUser initiator,
                         Map<String, ?> startData) {
        if (!initiator.has(type.initiatorRole()) || initiator.departmentId() == null
                || !initiator.departmentId().equals(ownerDepartment)) {
            throw Refusal.forbidden("case.open.forbidden", "只有本科室的承办人可以新建此类案件 / only the department's "
                    + type.initiatorRole().name().toLowerCase() + " may open this case");
        }
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            throw Refusal.invalid("case.title.invalid", "标题不能为空且不超过200字 / title is required, at most 200 characters");
        }
        Map<String, Object> start = caseInput.validate(type, CaseType.START, startData, Map.of());
        String caseId = nextCaseId(type.numberPrefix());
        CaseFile file = register(caseId, type.id(), type.processKey(), ownerDepartment, initiator.id(), cleanTitle,
                type.classificationFloor().name());
        Map<String, Object> variables = new HashMap<>(type.create(file, start));
        variables.put(CaseVariables.CASE_ID, caseId);
        variables.put(CaseVariables.CASE_TYPE, type.id());
        variables.put(CaseVariables.DEPARTMENT, ownerDepartment);
        variables.put(CaseVariables.INITIATOR, initiator.id());
        String pi = runtimeService.startProcessInstanceByKey(type.processKey(), caseId, variables).getId();
        attachProcessInstance(caseId, pi);
        return new CaseFile(caseId, file.caseType(), file.processKey(), pi, ownerDepartment, initiator.id(),
                cleanTitle, file.createdAt(), file.state());
    }

    /**
     * Allocates a case number such as {@code GW-2026-000042}: prefix, year, and a number from a database
     * sequence, so concurrent starts never collide.
     */
    String nextCaseId(String prefix) {
        long next = jdbc.sql("select nextval('case_number_seq')").query(Long.class).single();
        return CaseNumbers.format(prefix, Year.now(clock), next);
    }

    private CaseFile register(String caseId, String caseType, String processKey, String department,
                              String initiator, String title, String classification) {
        Instant now = clock.instant();
        jdbc.sql("""
                insert into case_file (case_id, case_type, process_key, department, initiator, title, created_at, state,
                    classification)
                values (:caseId, :caseType, :processKey, :department, :initiator, :title, :createdAt, 'running',
                    :classification)""")
                .param("classification", classification)
                .param("caseId", caseId).param("caseType", caseType).param("processKey", processKey)
                .param("department", department).param("initiator", initiator).param("title", title)
                .param("createdAt", Timestamp.from(now)).update();
        return new CaseFile(caseId, caseType, processKey, null, department, initiator, title, now, "running");
    }

    private void attachProcessInstance(String caseId, String processInstanceId) {
        jdbc.sql("update case_file set process_instance_id = :pi where case_id = :caseId")
                .param("pi", processInstanceId).param("caseId", caseId).update();
    }

    public void retitle(String caseId, String title) {
        jdbc.sql("update case_file set title = :title where case_id = :caseId")
                .param("title", title).param("caseId", caseId).update();
    }

    /** Marks the case closed when its process instance ends. */
    void close(String caseId, String state) {
        jdbc.sql("update case_file set state = :state, closed_at = :at where case_id = :caseId")
                .param("state", state).param("at", Timestamp.from(clock.instant())).param("caseId", caseId).update();
    }

    public Optional<CaseFile> find(String caseId) {
        return jdbc.sql("select * from case_file where case_id = :caseId").param("caseId", caseId)
                .query(CaseFiles::map).optional();
    }

    public Optional<CaseFile> findByProcessInstance(String processInstanceId) {
        return jdbc.sql("select * from case_file where process_instance_id = :pi").param("pi", processInstanceId)
                .query(CaseFiles::map).optional();
    }

    public List<CaseFile> findAll(Collection<String> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from case_file where case_id in (:ids)").param("ids", caseIds)
                .query(CaseFiles::map).list();
    }

    static CaseFile map(ResultSet rs, int row) throws SQLException {
        return new CaseFile(rs.getString("case_id"), rs.getString("case_type"), rs.getString("process_key"),
                rs.getString("process_instance_id"), rs.getString("department"), rs.getString("initiator"),
                rs.getString("title"), rs.getTimestamp("created_at").toInstant(), rs.getString("state"));
    }
}
