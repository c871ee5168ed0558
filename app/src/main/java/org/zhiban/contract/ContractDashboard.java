package org.zhiban.contract;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhiban.cases.CaseAccess;
import org.zhiban.cases.CaseFiles;
import org.zhiban.identity.ZhibanUser;

/**
 * 合同审查看板: over the latest review of every contract the asker may read — risk by contract type and by
 * department, the trend by month, the most frequent rules, open reviews by age — and the contracts behind any
 * bar (drill-down).
 */
@Service
public class ContractDashboard {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZONE);
    public static final List<String> LEVELS = List.of("high", "medium", "low");
    static final List<String> AGES = List.of("0-3", "4-7", "8-15", "16+");

    /** A contract's latest review as the dashboard counts it. */
    public record Entry(String caseId, String title, String department, String kind, String level, int score,
                 String partyA, String partyB, Instant reviewedAt, String state, Instant openedAt, String month,
                 String age, List<String> rules) {}

    /** Counts per level for each key (contract type, department, month); rules and ages as plain counts. */
    public record Summary(int contracts, Map<String, Map<String, Long>> byKind, Map<String, Map<String, Long>> byDepartment,
                   Map<String, Map<String, Long>> byMonth, Map<String, Long> topRules, Map<String, Long> openByAge) {}

    private final JdbcClient jdbc;
    private final CaseFiles caseFiles;
    private final CaseAccess access;
    private final Clock clock;

    ContractDashboard(JdbcClient jdbc, CaseFiles caseFiles, CaseAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.caseFiles = caseFiles;
        this.access = access;
        this.clock = clock;
    }

    public Summary summary(ZhibanUser user) {
        List<Entry> entries = entries(user);
        Map<String, Long> rules = entries.stream().flatMap(e -> e.rules().stream())
                .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
        Map<String, Long> top = new LinkedHashMap<>();
        rules.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(10).forEach(e -> top.put(e.getKey(), e.getValue()));
        Map<String, Long> ages = new LinkedHashMap<>();
        AGES.forEach(a -> ages.put(a, entries.stream().filter(e -> a.equals(e.age())).count()));
        return new Summary(entries.size(), byLevel(entries, Entry::kind, false), byLevel(entries, Entry::department, false),
                byLevel(entries, Entry::month, true), top, ages);
    }

    /**
     * The contracts behind one bar: {@code dimension} is {@code kind}, {@code department}, {@code month},
     * {@code rule} or {@code age}; {@code level} narrows to one risk level.
     */
    public List<Entry> drill(ZhibanUser user, String dimension, String key, String level) {
        Predicate<Entry> match = switch (dimension == null ? "" : dimension) {
            case "kind" -> e -> e.kind().equals(key);
            case "department" -> e -> e.department().equals(key);
            case "month" -> e -> e.month().equals(key);
            case "rule" -> e -> e.rules().contains(key);
            case "age" -> e -> key.equals(e.age());
            case "" -> e -> true;
            default -> throw org.zhiban.shared.Refusal.invalid("contract.dashboard.dimension",
                    "看板维度只能是 kind、department、month、rule、age / unknown dimension: " + dimension, dimension);
        };
        return entries(user).stream().filter(match).filter(e -> level == null || level.isBlank() || level.equals(e.level()))
                .toList();
    }

    private record Row(String reviewId, String caseId, String title, String department, String kind, String level,
                       int score, String partyA, String partyB, Instant reviewedAt, String state, Instant openedAt) {}

    private List<Entry> entries(ZhibanUser user) {
        Instant now = clock.instant();
        List<Row> rows = jdbc.sql("""
                select r.id, r.case_id, k.title, k.department, r.contract_kind, r.level, r.score, r.party_a, r.party_b,
                       r.reviewed_at, k.state, k.created_at
                  from contract_review r join case_file k on k.case_id = r.case_id
                 where r.round_no = (select max(x.round_no) from contract_review x where x.case_id = r.case_id)
                 order by r.reviewed_at desc""").query((rs, n) -> new Row(rs.getString("id"), rs.getString("case_id"),
                rs.getString("title"), rs.getString("department"), rs.getString("contract_kind"), rs.getString("level"),
                rs.getInt("score"), rs.getString("party_a"), rs.getString("party_b"),
                rs.getTimestamp("reviewed_at").toInstant(), rs.getString("state"),
                rs.getTimestamp("created_at").toInstant())).list();
        java.util.Set<String> readable = caseFiles.findAll(rows.stream().map(Row::caseId).toList()).stream()
                .filter(f -> access.canRead(user, f)).map(org.zhiban.cases.CaseFile::caseId)
                .collect(Collectors.toSet());
        List<Row> visible = rows.stream().filter(r -> readable.contains(r.caseId())).toList();
        Map<String, List<String>> rules = rules(visible.stream().map(Row::reviewId).toList());
        List<Entry> out = new ArrayList<>();
        for (Row r : visible) {
            out.add(new Entry(r.caseId(), r.title(), r.department(), r.kind(), r.level(), r.score(), r.partyA(),
                    r.partyB(), r.reviewedAt(), r.state(), r.openedAt(), MONTH.format(r.reviewedAt()),
                    "running".equals(r.state()) ? age(Duration.between(r.openedAt(), now).toDays()) : null,
                    rules.getOrDefault(r.reviewId(), List.of())));
        }
        return out;
    }

    /** The distinct rule ids of each review, in one query. */
    private Map<String, List<String>> rules(List<String> reviewIds) {
        if (reviewIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select distinct review_id, rule_id from contract_finding where review_id in (:r)")
                .param("r", reviewIds).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    static String age(long days) {
        return days <= 3 ? "0-3" : days <= 7 ? "4-7" : days <= 15 ? "8-15" : "16+";
    }

    private static Map<String, Map<String, Long>> byLevel(List<Entry> entries,
                                                          java.util.function.Function<Entry, String> key,
                                                          boolean sorted) {
        Map<String, Map<String, Long>> out = sorted ? new TreeMap<>() : new LinkedHashMap<>();
        for (Entry e : entries) {
            Map<String, Long> levels = out.computeIfAbsent(key.apply(e), k -> {
                Map<String, Long> m = new LinkedHashMap<>();
                LEVELS.forEach(l -> m.put(l, 0L));
                return m;
            });
            levels.merge(e.level(), 1L, Long::sum);
        }
        return out;
    }
}
