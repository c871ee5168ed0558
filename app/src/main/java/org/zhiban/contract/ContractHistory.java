package org.zhiban.contract;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhiban.cases.CaseAccess;
import org.zhiban.cases.CaseFiles;
import org.zhiban.identity.ZhibanUser;

/**
 * 历史风险案例库: the findings of earlier contracts, searchable by rule, party, department and date, and for each
 * finding the similar ones (same rule, similar clause text) with how they were resolved. Only cases the asker may
 * read are ever listed.
 */
@Service
public class ContractHistory {

    static final int MAX_RESULTS = 200;
    static final double MIN_SIMILARITY = 0.3;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** One earlier finding and what became of it. */
    public record Precedent(String caseId, String title, String department, String partyA, String partyB, int round,
                     Instant reviewedAt, String caseState, String findingId, String ruleId, String severity,
                     String clause, String excerpt, String message, double similarity, List<String> decisions,
                     String resolution) {}

    public record Criteria(String ruleId, String party, String department, LocalDate from, LocalDate to, String q) {}

    private final JdbcClient jdbc;
    private final ContractStore store;
    private final CaseFiles caseFiles;
    private final CaseAccess access;

    ContractHistory(JdbcClient jdbc, ContractStore store, CaseFiles caseFiles, CaseAccess access) {
        this.jdbc = jdbc;
        this.store = store;
        this.caseFiles = caseFiles;
        this.access = access;
    }

    public List<Precedent> search(ZhibanUser user, Criteria c) {
        StringBuilder sql = new StringBuilder(SELECT + " where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (c.ruleId() != null && !c.ruleId().isBlank()) {
            sql.append(" and f.rule_id = :rule");
            params.put("rule", c.ruleId().strip());
        }
        if (c.party() != null && !c.party().isBlank()) {
            sql.append(" and (r.party_a like :party or r.party_b like :party)");
            params.put("party", "%" + c.party().strip() + "%");
        }
        if (c.department() != null && !c.department().isBlank()) {
            sql.append(" and k.department = :dep");
            params.put("dep", c.department().strip());
        }
        if (c.from() != null) {
            sql.append(" and r.reviewed_at >= :from");
            params.put("from", Timestamp.from(c.from().atStartOfDay(ZONE).toInstant()));
        }
        if (c.to() != null) {
            sql.append(" and r.reviewed_at < :to");
            params.put("to", Timestamp.from(c.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
        }
        if (c.q() != null && !c.q().isBlank()) {
            sql.append(" and (f.excerpt like :q or f.message like :q or k.title like :q)");
            params.put("q", "%" + c.q().strip() + "%");
        }
        sql.append(" order by r.reviewed_at desc, f.seq");
        var query = jdbc.sql(sql.toString());
        for (var e : params.entrySet()) {
            query = query.param(e.getKey(), e.getValue());
        }
        List<Row> rows = query.query(ContractHistory::row).list();
        return precedents(user, rows, null, MAX_RESULTS);
    }

    /** Earlier findings of the same rule in other contracts, most similar clause text first. */
    public List<Precedent> similar(ZhibanUser user, String caseId, String findingId, int limit) {
        ContractStore.StoredFinding finding = store.finding(caseId, findingId).orElseThrow(() ->
                org.zhiban.shared.Refusal.notFound("contract.finding.notFound", "审查意见不存在 / no such finding", findingId));
        List<Row> rows = jdbc.sql(SELECT + " where f.rule_id = :rule and f.case_id <> :c order by r.reviewed_at desc")
                .param("rule", finding.finding().ruleId()).param("c", caseId).query(ContractHistory::row).list().stream()
                .limit(MAX_RESULTS * 5L).toList();
        return precedents(user, rows, finding.finding().excerpt(), limit);
    }

    private List<Precedent> precedents(ZhibanUser user, List<Row> rows, String like, int limit) {
        Map<String, Boolean> readable = new HashMap<>();
        List<Precedent> out = new ArrayList<>();
        for (Row row : rows) {
            boolean may = readable.computeIfAbsent(row.caseId(), id -> caseFiles.find(id)
                    .map(f -> access.canRead(user, f)).orElse(false));
            if (!may) {
                continue;
            }
            double similarity = like == null ? 1.0 : similarity(like, row.excerpt());
            if (like != null && similarity < MIN_SIMILARITY) {
                continue;
            }
            out.add(precedent(row, similarity));
        }
        Comparator<Precedent> order = like == null ? Comparator.comparing(Precedent::reviewedAt).reversed()
                : Comparator.comparingDouble(Precedent::similarity).reversed()
                        .thenComparing(Precedent::reviewedAt, Comparator.reverseOrder());
        return out.stream().sorted(order).limit(limit).toList();
    }

    private Precedent precedent(Row row, double similarity) {
        List<ContractStore.StoredDecision> decisions = store.decisions(row.reviewId()).stream()
                .filter(d -> row.findingId().equals(d.findingId())).toList();
        List<String> lines = decisions.stream().map(d -> ContractLabels.part(d.part()) + " "
                + (d.userName() == null ? d.userId() : d.userName()) + " " + ContractLabels.decision(d.decision())
                + (d.opinion() == null ? "" : "：" + d.opinion())).toList();
        return new Precedent(row.caseId(), row.title(), row.department(), row.partyA(), row.partyB(), row.round(),
                row.reviewedAt(), row.caseState(), row.findingId(), row.ruleId(), row.severity(), row.clause(),
                row.excerpt(), row.message(), Math.round(similarity * 100) / 100.0, lines, resolution(row, decisions));
    }

    /** 修改后消除 when a later round of that contract no longer has the rule; else what the reviewers decided. */
    private String resolution(Row row, List<ContractStore.StoredDecision> decisions) {
        Integer laterWithout = jdbc.sql("""
                select count(*) from contract_review r where r.case_id = :c and r.round_no > :round
                  and not exists (select 1 from contract_finding f where f.review_id = r.id and f.rule_id = :rule)""")
                .param("c", row.caseId()).param("round", row.round()).param("rule", row.ruleId())
                .query(Integer.class).single();
        if (laterWithout > 0) {
            return "已修改合同消除";
        }
        Set<String> kinds = new HashSet<>(decisions.stream().map(ContractStore.StoredDecision::decision).toList());
        if (kinds.contains("override") && !kinds.contains("accept")) {
            return "会审不采纳";
        }
        if (kinds.contains("accept")) {
            return kinds.contains("override") ? "会审意见不一" : "会审采纳";
        }
        return "尚未处理";
    }

    /** Dice coefficient over character bigrams: robust to the small rewordings of one clause across contracts. */
    static double similarity(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return a == null && b == null ? 1.0 : 0.0;
        }
        Map<String, Long> x = bigrams(a);
        Map<String, Long> y = bigrams(b);
        long shared = 0;
        for (var e : x.entrySet()) {
            shared += Math.min(e.getValue(), y.getOrDefault(e.getKey(), 0L));
        }
        long total = x.values().stream().mapToLong(Long::longValue).sum() + y.values().stream().mapToLong(Long::longValue).sum();
        return total == 0 ? 0 : 2.0 * shared / total;
    }

    private static Map<String, Long> bigrams(String s) {
        String t = s.replaceAll("[\\s\\p{Punct}，。；：、（）“”《》]", "");
        if (t.length() < 2) {
            return Map.of(t, 1L);
        }
        return java.util.stream.IntStream.range(0, t.length() - 1).mapToObj(i -> t.substring(i, i + 2))
                .collect(Collectors.groupingBy(g -> g, Collectors.counting()));
    }

    private static final String SELECT = """
            select f.id as finding_id, f.review_id, f.case_id, f.rule_id, f.severity, f.clause, f.excerpt, f.message,
                   r.round_no, r.reviewed_at, r.party_a, r.party_b, k.title, k.department, k.state
              from contract_finding f join contract_review r on r.id = f.review_id
              join case_file k on k.case_id = f.case_id""";

    private record Row(String findingId, String reviewId, String caseId, String ruleId, String severity, String clause,
                       String excerpt, String message, int round, Instant reviewedAt, String partyA, String partyB,
                       String title, String department, String caseState) {}

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getString("finding_id"), rs.getString("review_id"), rs.getString("case_id"),
                rs.getString("rule_id"), rs.getString("severity"), rs.getString("clause"), rs.getString("excerpt"),
                rs.getString("message"), rs.getInt("round_no"), rs.getTimestamp("reviewed_at").toInstant(),
                rs.getString("party_a"), rs.getString("party_b"), rs.getString("title"), rs.getString("department"),
                rs.getString("state"));
    }
}
