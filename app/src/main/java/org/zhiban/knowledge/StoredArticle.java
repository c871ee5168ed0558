package org.zhiban.knowledge;

import java.util.List;
import org.zhiban.integrations.lawtext.Article;
import org.zhiban.integrations.lawtext.ArticleNumber;
import org.zhiban.integrations.lawtext.Paragraph;

/**
 * 条 as stored: one article (or section) of one version, with its 款 and 项.
 *
 * @param label the number as written (第五十五条), or a section's label for documents without articles
 */
public record StoredArticle(String articleId, String versionId, String statuteKey, int ordinal, ArticleNumber number,
                            String label, List<String> headingPath, String text, List<Paragraph> paragraphs) {

    public Article toArticle() {
        return new Article(number, headingPath, paragraphs);
    }
}
