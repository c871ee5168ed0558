package org.zhiban.integrations.lawtext;

import java.time.LocalDate;
import java.util.Optional;

/**
 * 条文查找: how the citation checker reaches the articles, whether in the database or in memory.
 */
@FunctionalInterface
public interface ArticleLookup {

    /**
     * Finds an article.
     *
     * @param statuteKey the statute key ("消费者权益保护法")
     * @param number     the article number
     * @param asOf       the day the article must be in force on; null for the latest version that has it
     */
    Optional<Article> find(String statuteKey, ArticleNumber number, LocalDate asOf);
}
