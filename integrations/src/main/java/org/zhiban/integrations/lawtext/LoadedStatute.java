package org.zhiban.integrations.lawtext;

import java.util.List;
import java.util.Optional;

/**
 * 法规: one statute version with its articles, ready to be stored or indexed.
 *
 * @param version  the version metadata
 * @param articles the articles in order
 */
public record LoadedStatute(StatuteVersion version, List<Article> articles) {

    public LoadedStatute {
        articles = List.copyOf(articles);
    }

    /** The stable id of an article of this version: "消费者权益保护法@2013-10-25#55". */
    public String articleId(Article article) {
        return articleId(version.versionId(), article.number());
    }

    public static String articleId(String versionId, ArticleNumber number) {
        return versionId + "#" + number.key();
    }

    public Optional<Article> article(ArticleNumber number) {
        return articles.stream().filter(a -> a.number().equals(number)).findFirst();
    }
}
