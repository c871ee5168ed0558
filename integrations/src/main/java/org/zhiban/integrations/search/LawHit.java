package org.zhiban.integrations.search;

import java.util.List;

/**
 * 检索结果: one ranked article.
 *
 * @param articleId    the article version's id, to load the full record from the database
 * @param statuteKey   statute key
 * @param statuteTitle full statute title
 * @param articleLabel "第五十五条"
 * @param headingPath  编/章/节 headings
 * @param score        BM25 score; comparable only within one result list
 * @param snippet      HTML-escaped text with matched words in {@code <em>}…{@code </em>}
 */
public record LawHit(
        String articleId, String statuteKey, String statuteTitle, String articleLabel, List<String> headingPath,
        float score, String snippet) {

    public LawHit {
        headingPath = List.copyOf(headingPath);
    }
}
