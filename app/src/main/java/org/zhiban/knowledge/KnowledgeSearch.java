package org.zhiban.knowledge;

import org.zhiban.shared.Refusal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.zhiban.integrations.lawtext.StatuteLevel;
import org.zhiban.integrations.search.LawHit;
import org.zhiban.integrations.search.LawQuery;

/** 法规检索: ranked articles for a question or keywords, filtered by statute, level, tag and the day in force. */
@Service
public class KnowledgeSearch {

    /** Search filters; null or blank means any. */
    public record Filters(String statute, String level, String tag, LocalDate asOf, int limit) {
        public static Filters none() {
            return new Filters(null, null, null, null, LawQuery.DEFAULT_LIMIT);
        }
    }

    /**
     * 检索结果.
     *
     * @param statute   statute key (消费者权益保护法)
     * @param version   the version date of the text (2013-10-25)
     * @param articleNo the article as written (第五十五条)
     * @param article   its compact number for links ("55", "55-1")
     * @param snippet   HTML-escaped best passage with matches in {@code <em>}
     * @param validity  {@code in-force}; or {@code newer-text-missing} when this statute was revised after the
     *                  text we hold and the revised text is not in the knowledge base yet — shown, flagged, rather
     *                  than silently dropped, so an officer never concludes a statute does not exist
     */
    public record Hit(String statute, String title, String version, String versionId, String articleNo,
                      String article, String articleId, String text, String snippet, float score, List<String> tags,
                      List<String> headingPath, String level, String validity) {
    }

    public static final String IN_FORCE = "in-force";
    public static final String NEWER_TEXT_MISSING = "newer-text-missing";

    /** What the retrieval test page shows: the query as the index saw it, the hits and the time taken. */
    public record Trace(String query, String expandedQuery, List<Hit> hits, double millis, long generation,
                        int indexedArticles) {
    }

    /** A statute version for lists and filters. */
    public record StatuteSummary(String statute, String title, String version, String versionId, String level,
                                 LocalDate effective, LocalDate effectiveUntil, int articleCount, String source) {
    }

    private final KnowledgeIndex index;
    private final Clock clock;

    public KnowledgeSearch(KnowledgeIndex index, Clock clock) {
        this.index = index;
        this.clock = clock;
    }

    public List<Hit> search(String q, Filters filters) {
        return trace(q, filters).hits();
    }

    public Trace trace(String q, Filters filters) {
        if (q == null || q.isBlank()) {
            throw Refusal.invalid("kb.search.qRequired", "请输入检索词 / q (the query) is required");
        }
        if (q.length() > 500) {
            throw Refusal.invalid("kb.search.qTooLong", "检索词过长（最多500字） / q is longer than 500 characters");
        }
        if (filters.limit() < 1 || filters.limit() > 100) {
            throw Refusal.invalid("kb.search.limit", "limit 须在1至100之间 / limit must be 1..100");
        }
        KnowledgeIndex.Snapshot snapshot = index.current();
        LocalDate asOf = filters.asOf() != null ? filters.asOf() : LocalDate.now(clock);
        LawQuery query = LawQuery.of(q.strip()).limit(filters.limit());
        if (filters.statute() != null && !filters.statute().isBlank()) {
            query = query.inStatutes(snapshot.resolver().resolve(filters.statute()).orElse(filters.statute().strip()));
        }
        if (filters.level() != null && !filters.level().isBlank()) {
            query = query.atLevels(level(filters.level()));
        }
        if (filters.tag() != null && !filters.tag().isBlank()) {
            query = query.taggedWith(filters.tag().strip());
        }
        long started = System.nanoTime();
        Map<String, StoredVersion> outdated = latestWithoutTextInForce(snapshot, asOf);
        List<LawHit> hits = new ArrayList<>(snapshot.index().search(query.inForceOn(asOf)));
        if (!outdated.isEmpty() && (filters.statute() == null || filters.statute().isBlank())) {
            query = query.inStatutes(outdated.keySet().toArray(String[]::new));
        }
        if (!outdated.isEmpty()) {
            snapshot.index().search(query).stream()
                    .filter(h -> outdated.containsKey(h.statuteKey())
                            && outdated.get(h.statuteKey()).versionId().equals(versionOf(snapshot, h)))
                    .forEach(hits::add);
        }
        List<Hit> ranked = hits.stream().sorted(Comparator.comparing(LawHit::score).reversed())
                .limit(filters.limit()).map(h -> hit(snapshot, h, outdated.containsKey(h.statuteKey()))).toList();
        double millis = (System.nanoTime() - started) / 1_000_000.0;
        return new Trace(q, index.expander().expand(q), ranked, millis, snapshot.generation(), snapshot.index().size());
    }

    /**
     * Statutes with no version in force on the day, whose latest version has already ended: revised after the text
     * we hold (e.g. 食品安全法, amended in force 2025-12-01). Their latest text still answers, flagged.
     */
    static Map<String, StoredVersion> latestWithoutTextInForce(KnowledgeIndex.Snapshot snapshot, LocalDate day) {
        Map<String, StoredVersion> latest = new HashMap<>();
        for (StoredVersion v : snapshot.versions().values()) {
            latest.merge(v.statuteKey(), v, (a, b) -> a.effectiveFrom().isAfter(b.effectiveFrom()) ? a : b);
        }
        latest.values().removeIf(v -> v.effectiveUntil() == null || v.effectiveUntil().isAfter(day)
                || v.effectiveFrom().isAfter(day));
        return latest;
    }

    private static String versionOf(KnowledgeIndex.Snapshot snapshot, LawHit h) {
        return snapshot.articles().get(h.articleId()).versionId();
    }

    public List<StatuteSummary> statutes() {
        return index.current().versions().values().stream()
                .sorted(Comparator.comparing(StoredVersion::statuteKey).thenComparing(StoredVersion::effectiveFrom))
                .map(KnowledgeSearch::summary).toList();
    }

    public List<String> tags() {
        return index.current().tags().values().stream().flatMap(List::stream).distinct().sorted().toList();
    }

    static StatuteSummary summary(StoredVersion v) {
        return new StatuteSummary(v.statuteKey(), v.title(), v.versionDate().toString(), v.versionId(),
                v.level().chineseName(), v.effectiveFrom(), v.effectiveUntil(), v.articleCount(), v.source());
    }

    static StatuteLevel level(String text) {
        try {
            return StatuteLevel.parse(text);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("kb.level.unknown", "未知的效力层级 / unknown level: " + text, text);
        }
    }

    private static Hit hit(KnowledgeIndex.Snapshot snapshot, LawHit h, boolean newerTextMissing) {
        StoredArticle a = snapshot.articles().get(h.articleId());
        StoredVersion v = snapshot.versions().get(a.versionId());
        return new Hit(v.statuteKey(), v.title(), v.versionDate().toString(), v.versionId(), a.label(),
                a.number().key(), a.articleId(), a.text(), h.snippet(), h.score(),
                snapshot.tags().getOrDefault(a.articleId(), List.of()), a.headingPath(), v.level().chineseName(),
                newerTextMissing ? NEWER_TEXT_MISSING : IN_FORCE);
    }
}
