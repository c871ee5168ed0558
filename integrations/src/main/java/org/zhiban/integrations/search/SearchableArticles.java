package org.zhiban.integrations.search;

import java.util.Set;
import java.util.stream.Stream;
import org.zhiban.integrations.lawtext.Article;
import org.zhiban.integrations.lawtext.DomainTagger;
import org.zhiban.integrations.lawtext.LawLibrary;
import org.zhiban.integrations.lawtext.LoadedStatute;
import org.zhiban.integrations.lawtext.StatuteVersion;

/** 检索条文转换: turns parsed statutes into index records, tagging each article on the way. */
public final class SearchableArticles {

    private SearchableArticles() {
    }

    public static Stream<SearchableArticle> of(LawLibrary library, DomainTagger tagger) {
        return library.statutes().stream().flatMap(statute -> of(statute, tagger));
    }

    public static Stream<SearchableArticle> of(LoadedStatute statute, DomainTagger tagger) {
        StatuteVersion v = statute.version();
        return statute.articles().stream().map(article -> of(statute, article, tagger.tag(v.statuteKey(), article)));
    }

    static SearchableArticle of(LoadedStatute statute, Article article, Set<String> tags) {
        StatuteVersion v = statute.version();
        return new SearchableArticle(statute.articleId(article), v.statuteKey(), v.title(), v.level(),
                article.number().label(), article.number().key(), article.headingPath(), article.text(), tags,
                v.effectiveFrom(), v.effectiveUntil());
    }
}
