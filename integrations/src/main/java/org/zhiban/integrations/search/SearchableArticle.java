package org.zhiban.integrations.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.zhiban.integrations.lawtext.StatuteLevel;

/**
 * 检索条文: one article version as the index needs it. The app builds these from its database rows (the
 * source of truth); {@link SearchableArticles} builds them from the shipped corpus.
 *
 * @param articleId      stable id ("消费者权益保护法@2013-10-25#55")
 * @param statuteKey     statute key ("消费者权益保护法")
 * @param statuteTitle   full title ("中华人民共和国消费者权益保护法")
 * @param level          效力层级
 * @param articleLabel   the article as printed ("第五十五条")
 * @param articleKey     compact number ("55", "55-1"), used to boost an article cited in the query
 * @param headingPath    编/章/节 headings, outermost first
 * @param text           the article body
 * @param domainTags     domain tags (消费纠纷 ...)
 * @param effectiveFrom  first day in force
 * @param effectiveUntil first day no longer in force; null while in force
 */
public record SearchableArticle(
        String articleId,
        String statuteKey,
        String statuteTitle,
        StatuteLevel level,
        String articleLabel,
        String articleKey,
        List<String> headingPath,
        String text,
        Set<String> domainTags,
        LocalDate effectiveFrom,
        LocalDate effectiveUntil) {

    public SearchableArticle {
        headingPath = List.copyOf(headingPath);
        domainTags = Set.copyOf(domainTags);
    }
}
