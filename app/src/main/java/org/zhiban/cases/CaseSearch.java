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
    static final Map<String, String> SORTS = Map.of("created", "created_at", "title", "title", "caseId", "case_id");

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

    /**
     * The visible cases as one or two branches — owned, and taken part in — each a FROM and WHERE over alias
     * {@code c} with the same criteria. Every value is a bound parameter. Null when the user may see no case.
     */
    private record Query(List<Branch> branches, Map<String, Object> params) {}

    /**
     * @param createdOrder what orders this branch by creation time most cheaply (an index it can walk)
     * @param countAlone the count when no criterion needs the case row (the participant list alone), else null
     */
    private record Branch(String from, String where, String createdOrder, String countAlone) {}

    private static String incident(String alias) {
        return "exists (select 1 from act_ru_incident i where i.proc_inst_id_ = " + alias + ".process_instance_id)";
    }

    private Query query(ZhibanUser user, Criteria c) {
        if (c.state() != null && !STATES.contains(c.state())) {
            throw Refusal.invalid("search.state", "state 应为 " + STATES + " 之一 / unknown state", STATES.toString());
        }
        if (c.sort() != null && !SORTS.containsKey(c.sort())) {
            throw Refusal.invalid("search.sort", "sort 应为 " + SORTS.keySet() + " 之一 / unknown sort", SORTS.keySet().toString());
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
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
                case "incident" -> "c.state = 'running' and " + incident("c");
                case "running" -> "c.state = 'running' and not " + incident("c");
                default -> "c.state = :state";
            });
            params.put("state", c.state());
        }
        if (user.has(Role.AUDITOR)) {
            return new Query(List.of(new Branch("case_file c", clause(where, null), "c.created_at", null)), params);
        }
        if (!user.isCaseStaff()) {
            return null;
        }
        // Owned cases and cases taken part in are two indexed lists; one query with OR EXISTS would scan every case,
        // and ORDER BY/LIMIT outside a UNION would sort all of a department's cases for every page.
        params.put("me_dept", user.departmentId());
        return new Query(List.of(
                new Branch("case_file c", clause(where, "c.department = :me_dept"), "c.created_at", null),
                new Branch("case_participant p join case_file c on c.case_id = p.case_id",
                        clause(where, "p.department = :me_dept"), "p.case_created_at",
                        where.isEmpty() ? "select count(*) from case_participant p where p.department = :me_dept" : null)),
                params);
    }

    private static String clause(List<String> criteria, String visibility) {
        List<String> all = new ArrayList<>(criteria);
        if (visibility != null) {
            all.add(0, visibility);
        }
        return all.isEmpty() ? "" : " where " + String.join(" and ", all);
    }

    /** One count per branch, each an index-only count when no criterion needs the case row. */
    private long total(Query q) {
        long total = 0;
        for (Branch b : q.branches()) {
            String sql = b.countAlone() != null ? b.countAlone() : "select count(*) from " + b.from() + b.where();
            total += jdbc.sql(sql).params(q.params()).query(Long.class).single();
        }
        return total;
    }

    private List<Hit> items(Query q, Criteria c, long offset, int limit) {
        String column = SORTS.get(c.sort() == null ? "created" : c.sort());
        String direction = c.ascending() ? " asc" : " desc";
        String sql;
        if (q.branches().size() == 1) {
            Branch b = q.branches().get(0);
            sql = "select c.* from " + b.from() + b.where() + " order by c." + column + direction + ", c.case_id"
                    + " limit :limit offset :offset";
        } else {
            // Each branch delivers its first offset+limit rows in the final order; the merge takes the page from those.
            // The branch limit is written as a number: H2 keeps a derived table's result across executions of one
            // statement, so a bound limit would stay at its first value (page 2 came back empty).
            long firstRows = offset + Math.min(limit, MAX_PAGE_SIZE);
            StringBuilder union = new StringBuilder();
            for (Branch b : q.branches()) {
                String order = column.equals("created_at") ? b.createdOrder() : "c." + column;
                union.append(union.isEmpty() ? "" : " union all ")
                        .append("(select c.* from ").append(b.from()).append(b.where())
                        .append(" order by ").append(order).append(direction).append(", c.case_id limit ").append(firstRows).append(")");
            }
            sql = "select v.* from (" + union + ") v order by v." + column + direction + ", v.case_id"
                    + " limit :limit offset :offset";
        }
        return jdbc.sql("select c.*, case when c.state = 'running' and " + incident("c")
                        + " then 'incident' else c.state end as shown_state from (" + sql + ") c"
                        + " order by c." + column + direction + ", c.case_id")
                .params(q.params()).param("limit", Math.min(limit, MAX_PAGE_SIZE)).param("offset", offset)
                .query((rs, i) -> new Hit(rs.getString("case_id"), rs.getString("case_type"), rs.getString("title"),
                        rs.getString("shown_state"), rs.getString("department"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
