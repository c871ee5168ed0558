package org.zhiban.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** 案卷登记簿: registers cases and finds them. Department checks are made by {@link CaseAccess}. */
@Service
public class CaseFiles {

    private final JdbcClient jdbc;
    private final Clock clock;

    public CaseFiles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Allocates a case number such as {@code GW-2026-000042}: prefix, year, and a number from a database
     * sequence, so concurrent starts never collide.
     */
    public String nextCaseId(String prefix) {
        long next = jdbc.sql("select nextval('case_number_seq')").query(Long.class).single();
        return prefix + "-" + Year.now(clock) + "-" + String.format("%06d", next);
    }

    public CaseFile register(String caseId, String caseType, String processKey, String department,
                             String initiator, String title) {
        Instant now = clock.instant();
        jdbc.sql("""
                insert into case_file (case_id, case_type, process_key, department, initiator, title, created_at)
                values (:caseId, :caseType, :processKey, :department, :initiator, :title, :createdAt)""")
                .param("caseId", caseId).param("caseType", caseType).param("processKey", processKey)
                .param("department", department).param("initiator", initiator).param("title", title)
                .param("createdAt", Timestamp.from(now)).update();
        return new CaseFile(caseId, caseType, processKey, null, department, initiator, title, now);
    }

    public void attachProcessInstance(String caseId, String processInstanceId) {
        jdbc.sql("update case_file set process_instance_id = :pi where case_id = :caseId")
                .param("pi", processInstanceId).param("caseId", caseId).update();
    }

    public void retitle(String caseId, String title) {
        jdbc.sql("update case_file set title = :title where case_id = :caseId")
                .param("title", title).param("caseId", caseId).update();
    }

    public Optional<CaseFile> find(String caseId) {
        return jdbc.sql("select * from case_file where case_id = :caseId").param("caseId", caseId)
                .query(CaseFiles::map).optional();
    }

    public Optional<CaseFile> findByProcessInstance(String processInstanceId) {
        return jdbc.sql("select * from case_file where process_instance_id = :pi").param("pi", processInstanceId)
                .query(CaseFiles::map).optional();
    }

    public List<CaseFile> findAllByProcessInstances(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from case_file where process_instance_id in (:ids)").param("ids", processInstanceIds)
                .query(CaseFiles::map).list();
    }

    /** Case ids of one department whose id or title contains the text; for the inbox's text filter. */
    public List<String> searchIds(String department, String text, int limit) {
        return jdbc.sql("""
                select case_id from case_file
                where department = :department and (lower(title) like :text or lower(case_id) like :text)
                order by created_at desc limit :limit""")
                .param("department", department).param("text", "%" + text.toLowerCase() + "%")
                .param("limit", limit).query(String.class).list();
    }

    private static CaseFile map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new CaseFile(rs.getString("case_id"), rs.getString("case_type"), rs.getString("process_key"),
                rs.getString("process_instance_id"), rs.getString("department"), rs.getString("initiator"),
                rs.getString("title"), rs.getTimestamp("created_at").toInstant());
    }
}
