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
import org.zhiban.integrations.search.LawSearchIndex;

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
                        int indexedArticles, boolean hybrid) {
    }

    /** A statute version for lists and filters. */
    public record StatuteSummary(String statute, String title, String version, String versionId, String level,
                                 LocalDate effective, LocalDate effectiveUntil, int articleCount, String source) {
    }

    /** Reciprocal rank fusion's constant (Cormack et al. 2009): ranks matter, raw scores of the two do not mix. */
    static final int RRF_K = 60;
    /** How deep each list goes into the fusion. */
    static final int FUSION_DEPTH = 50;

    private final KnowledgeIndex index;
    private final ArticleVectors vectors;
    private final Clock clock;

    KnowledgeSearch(KnowledgeIndex index, ArticleVectors vectors, Clock clock) {
        this.index = index;
        this.vectors = vectors;
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
        int wanted = filters.limit();
        boolean hybrid = vectors.ready();
        if (hybrid) {
            query = query.limit(Math.max(wanted, FUSION_DEPTH));
        }
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
        List<LawHit> bm25 = hits.stream().sorted(Comparator.comparing(LawHit::score).reversed()).toList();
        List<Hit> ranked = null;
        if (hybrid) {
            ranked = fused(snapshot, q, filters, asOf, outdated, bm25, wanted);
            hybrid = ranked != null;
        }
        if (ranked == null) {
            ranked = bm25.stream().limit(wanted).map(h -> hit(snapshot, h, outdated.containsKey(h.statuteKey()))).toList();
        }
        double millis = (System.nanoTime() - started) / 1_000_000.0;
        return new Trace(q, index.expander().expand(q), ranked, millis, snapshot.generation(), snapshot.index().size(),
                hybrid);
    }

    /**
     * BM25 and vector ranks fused by reciprocal rank ({@value #RRF_K}): each article scores the sum of 1/(k + rank)
     * over the lists it is in. The vector list obeys the same filters (statute, level, tag, in force on the day, or
     * the latest text of a statute revised since). Null when the vectors cannot answer now.
     */
    private List<Hit> fused(KnowledgeIndex.Snapshot snapshot, String q, Filters filters, LocalDate asOf,
                            Map<String, StoredVersion> outdated, List<LawHit> bm25, int wanted) {
        java.util.function.Predicate<String> allowed = id -> admits(snapshot, id, filters, asOf, outdated);
        List<String> nearest = vectors.nearest(q, allowed, FUSION_DEPTH).orElse(null);
        if (nearest == null) {
            return null;
        }
        Map<String, Double> score = new HashMap<>();
        Map<String, LawHit> lexical = new HashMap<>();
        for (int i = 0; i < bm25.size(); i++) {
            score.merge(bm25.get(i).articleId(), 1.0 / (RRF_K + i + 1), Double::sum);
            lexical.putIfAbsent(bm25.get(i).articleId(), bm25.get(i));
        }
        for (int i = 0; i < nearest.size(); i++) {
            score.merge(nearest.get(i), 1.0 / (RRF_K + i + 1), Double::sum);
        }
        return score.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(wanted)
                .map(e -> {
                    StoredArticle a = snapshot.articles().get(e.getKey());
                    LawHit h = lexical.get(e.getKey());
                    String snippet = h != null ? h.snippet() : LawSearchIndex.openingSnippet(a.text());
                    return hit(snapshot, new LawHit(a.articleId(), a.statuteKey(), "", a.label(), a.headingPath(),
                            e.getValue().floatValue(), snippet), outdated.containsKey(a.statuteKey()));
                }).toList();
    }

    private static boolean admits(KnowledgeIndex.Snapshot snapshot, String articleId, Filters filters, LocalDate day,
                                  Map<String, StoredVersion> outdated) {
        StoredArticle a = snapshot.articles().get(articleId);
        StoredVersion v = a == null ? null : snapshot.versions().get(a.versionId());
        if (v == null) {
            return false;
        }
        boolean inForce = !v.effectiveFrom().isAfter(day) && (v.effectiveUntil() == null || v.effectiveUntil().isAfter(day));
        boolean latestOfRevised = outdated.containsKey(v.statuteKey()) && outdated.get(v.statuteKey()).versionId().equals(v.versionId());
        if (!inForce && !latestOfRevised) {
            return false;
        }
        if (filters.statute() != null && !filters.statute().isBlank()
                && !snapshot.resolver().resolve(filters.statute()).orElse(filters.statute().strip()).equals(v.statuteKey())) {
            return false;
        }
        if (filters.level() != null && !filters.level().isBlank() && v.level() != level(filters.level())) {
            return false;
        }
        return filters.tag() == null || filters.tag().isBlank()
                || snapshot.tags().getOrDefault(articleId, List.of()).contains(filters.tag().strip());
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
