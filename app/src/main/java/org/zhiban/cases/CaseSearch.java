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
        Query q = query(user, c);
        return q == null ? new Page(List.of(), 0) : new Page(items(q, c, offset, limit), total(q));
    }

    /** Only the total, for a grid that asks for its size once per refresh. */
    public long count(ZhibanUser user, Criteria c) {
        Query q = query(user, c);
        return q == null ? 0 : total(q);
    }

    /** Only the items, for a grid's pages (the total is asked once, by {@link #count}). */
    public List<Hit> items(ZhibanUser user, Criteria c, long offset, int limit) {
        Query q = query(user, c);
        return q == null ? List.of() : items(q, c, offset, limit);
    }

    /** FROM and WHERE of a search; every value is a bound parameter. Null when the user may see no case. */
    private record Query(String from, String clause, Map<String, Object> params) {}

    private static final String INCIDENT =
            "exists (select 1 from act_ru_incident i where i.proc_inst_id_ = c.process_instance_id)";

    private Query query(ZhibanUser user, Criteria c) {
        if (c.state() != null && !STATES.contains(c.state())) {
            throw Refusal.invalid("search.state", "state 应为 " + STATES + " 之一 / unknown state", STATES.toString());
        }
        if (c.sort() != null && !SORTS.containsKey(c.sort())) {
            throw Refusal.invalid("search.sort", "sort 应为 " + SORTS.keySet() + " 之一 / unknown sort", SORTS.keySet().toString());
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        // Owned cases and cases taken part in are two indexed lists; an OR with EXISTS would scan every case.
        String from = "case_file c";
        if (!user.has(Role.AUDITOR)) {
            if (!user.isCaseStaff()) {
                return null;
            }
            from = "(select * from case_file where department = :me_dept union all select f.* from case_participant p "
                    + "join case_file f on f.case_id = p.case_id where p.department = :me_dept) c";
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
        if (c.state() != null) {
            where.add(switch (c.state()) {
                case "incident" -> "c.state = 'running' and " + INCIDENT;
                case "running" -> "c.state = 'running' and not " + INCIDENT;
                default -> "c.state = :state";
            });
            params.put("state", c.state());
        }
        return new Query(from, where.isEmpty() ? "" : " where " + String.join(" and ", where), params);
    }

    private long total(Query q) {
        return jdbc.sql("select count(*) from " + q.from() + q.clause()).params(q.params()).query(Long.class).single();
    }

    private List<Hit> items(Query q, Criteria c, long offset, int limit) {
        String order = SORTS.get(c.sort() == null ? "created" : c.sort()) + (c.ascending() ? " asc" : " desc");
        return jdbc.sql("select c.*, case when c.state = 'running' and " + INCIDENT
                        + " then 'incident' else c.state end as shown_state from " + q.from() + q.clause()
                        + " order by " + order + ", c.case_id limit :limit offset :offset")
                .params(q.params()).param("limit", Math.min(limit, MAX_PAGE_SIZE)).param("offset", offset)
                .query((rs, i) -> new Hit(rs.getString("case_id"), rs.getString("case_type"), rs.getString("title"),
                        rs.getString("shown_state"), rs.getString("department"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
