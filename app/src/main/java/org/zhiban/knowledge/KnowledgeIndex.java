package org.zhiban.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhiban.integrations.lawtext.CitationExtractor;
import org.zhiban.integrations.lawtext.StatuteNameResolver;
import org.zhiban.integrations.search.LawSearchIndex;
import org.zhiban.integrations.search.QueryExpander;
import org.zhiban.integrations.search.SearchableArticle;

/**
 * 检索索引: this node's in-memory Lucene index, derived from the database. It remembers the generation it was
 * built from; whenever the database's generation differs (an import or upload here or on another node) it is
 * rebuilt and swapped in whole, so a search always sees one consistent index.
 */
@Component
class KnowledgeIndex {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndex.class);

    /** Everything a search needs, built together from one read of the database. */
    record Snapshot(long generation, LawSearchIndex index, StatuteNameResolver resolver, CitationExtractor extractor,
                    Map<String, StoredVersion> versions, Map<String, StoredArticle> articles,
                    Map<String, List<String>> tags, long buildMillis) {
    }

    private final KnowledgeStore store;
    private final ArticleVectors vectors;
    private final QueryExpander expander = QueryExpander.shipped();
    private volatile Snapshot current;

    KnowledgeIndex(KnowledgeStore store, ArticleVectors vectors) {
        this.store = store;
        this.vectors = vectors;
    }

    QueryExpander expander() {
        return expander;
    }

    Snapshot current() {
        Snapshot s = current;
        return s != null ? s : refresh();
    }

    /** Rebuilds when the database has moved on; cheap (one row read) when it has not. */
    synchronized Snapshot refresh() {
        long generation = store.generation();
        if (current != null && current.generation() == generation) {
            return current;
        }
        return rebuild();
    }

    /** Rebuilds from the database whatever the generation says. */
    synchronized Snapshot rebuild() {
        long started = System.nanoTime();
        long generation = store.generation();
        List<StoredVersion> versionList = store.versions();
        Map<String, StoredVersion> versions = versionList.stream()
                .collect(Collectors.toMap(StoredVersion::versionId, Function.identity()));
        List<StoredArticle> articleList = store.allArticles();
        Map<String, StoredArticle> articles = new HashMap<>(articleList.size() * 2);
        articleList.forEach(a -> articles.put(a.articleId(), a));
        Map<String, List<String>> tags = store.allTags();
        StatuteNameResolver resolver =
                StatuteNameResolver.of(versionList.stream().map(StoredVersion::toStatuteVersion).toList());
        CitationExtractor extractor = new CitationExtractor(resolver);
        LawSearchIndex index = LawSearchIndex.buildInMemory(articleList.stream().map(a -> {
            StoredVersion v = versions.get(a.versionId());
            return new SearchableArticle(a.articleId(), a.statuteKey(), v.title(), v.level(), a.label(),
                    a.number().key(), a.headingPath(), a.text(), Set.copyOf(tags.getOrDefault(a.articleId(), List.of())),
                    v.effectiveFrom(), v.effectiveUntil());
        }), expander, extractor);
        long millis = (System.nanoTime() - started) / 1_000_000;
        // the replaced in-memory index is left to the garbage collector: a search may still be reading it
        current = new Snapshot(generation, index, resolver, extractor, Map.copyOf(versions), articles, tags, millis);
        log.info("knowledge index generation {} built: {} articles in {} ms", generation, index.size(), millis);
        vectors.syncLater(current);
        return current;
    }

    /** Catches up with imports made by other nodes. */
    @Scheduled(fixedDelayString = "${zhiban.knowledge.index-check-every:30s}",
            initialDelayString = "${zhiban.knowledge.index-check-every:30s}")
    void catchUp() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("knowledge index check failed, will retry: {}", e.toString());
        }
    }
}
