package org.zhiban.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.Refusal;

/**
 * 案件查询: every case the caller may see — their department's, those it took part in (auditors: all) — found by
 * type, state, owning department, creation date and text, so a case in nobody's inbox can still be found.
 * Visibility is part of the query; paging and the total come from the database.
 */
@Service
public class CaseSearch {

    public static final int MAX_PAGE_SIZE = 100;
    static final Set<String> STATES = Set.of("running", "incident", "completed", "cancelled");
    static final Map<String, String> SORTS = Map.of("created", "c.created_at", "title", "c.title", "caseId", "c.case_id");

    /** @param from first creation day (inclusive), @param to last creation day (inclusive) */
    public record Criteria(String type, String state, String department, LocalDate from, LocalDate to, String text,
                           int page, int size, String sort, boolean ascending) {}

    public record Hit(String caseId, String type, String title, String state, String department, java.time.Instant created) {}

    public record Page(List<Hit> items, long total) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseSearch(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Page search(ZhibanUser user, Criteria c) {
        if (c.page() < 0 || c.size() < 1 || c.size() > MAX_PAGE_SIZE) {
            throw Refusal.invalid("search.paging", "page ≥ 0，1 ≤ size ≤ " + MAX_PAGE_SIZE + " / bad paging", MAX_PAGE_SIZE);
        }
        return range(user, c, (long) c.page() * c.size(), c.size());
    }

    /** The same search by offset, for a lazily scrolling grid; {@code c.page()} and {@code c.size()} are ignored. */
    public Page range(ZhibanUser user, Criteria c, long offset, int limit) {
        if (c.state() != null && !STATES.contains(c.state())) {
            throw Refusal.invalid("search.state", "state 应为 " + STATES + " 之一 / unknown state", STATES.toString());
        }
        if (c.sort() != null && !SORTS.containsKey(c.sort())) {
            throw Refusal.invalid("search.sort", "sort 应为 " + SORTS.keySet() + " 之一 / unknown sort", SORTS.keySet().toString());
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!user.has(Role.AUDITOR)) {
            if (!user.isCaseStaff()) {
                return new Page(List.of(), 0);
            }
            where.add("(c.department = :me_dept or exists (select 1 from case_task t where t.case_id = c.case_id "
                    + "and t.department = :me_dept))");
            params.put("me_dept", user.departmentId());
        }
        if (c.type() != null) {
            where.add("c.case_type = :type");
            params.put("type", c.type());
        }
        if (c.department() != null) {
            where.add("c.department = :department");
            params.put("department", c.department());
        }
        if (c.from() != null) {
            where.add("c.created_at >= :from");
            params.put("from", Timestamp.from(c.from().atStartOfDay(clock.getZone()).toInstant()));
        }
        if (c.to() != null) {
            where.add("c.created_at < :to");
            params.put("to", Timestamp.from(c.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        if (c.text() != null && !c.text().isBlank()) {
            where.add("(lower(c.title) like :text or lower(c.case_id) like :text)");
            params.put("text", "%" + c.text().strip().toLowerCase() + "%");
        }
        String incident = "exists (select 1 from act_ru_incident i where i.proc_inst_id_ = c.process_instance_id)";
        if (c.state() != null) {
            where.add(switch (c.state()) {
                case "incident" -> "c.state = 'running' and " + incident;
                case "running" -> "c.state = 'running' and not " + incident;
                default -> "c.state = :state";
            });
            params.put("state", c.state());
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from case_file c" + clause).params(params).query(Long.class).single();
        String order = SORTS.get(c.sort() == null ? "created" : c.sort()) + (c.ascending() ? " asc" : " desc");
        List<Hit> items = jdbc.sql("select c.*, case when c.state = 'running' and " + incident
                        + " then 'incident' else c.state end as shown_state from case_file c" + clause
                        + " order by " + order + ", c.case_id limit :limit offset :offset")
                .params(params).param("limit", Math.min(limit, MAX_PAGE_SIZE)).param("offset", offset)
                .query((rs, i) -> new Hit(rs.getString("case_id"), rs.getString("case_type"), rs.getString("title"),
                        rs.getString("shown_state"), rs.getString("department"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
        return new Page(items, total);
    }
}
