package org.zhiban.integrations.lawtext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 条文关联: finds, at import, the links between articles: citations of other articles (本法第X条, 《XX法》第X条)
 * and references to other paragraphs of the same article (前款, 前两款, 本条第X款, a bare 第X款).
 */
public final class ArticleLinker {

    private static final String NUM = "[" + ChineseNumerals.NUMERAL_CHARS + "]+";
    /** 前款 = the paragraph before; 前两款 = the two before. */
    private static final Pattern PRECEDING = Pattern.compile("前([一二两三四五])?款");
    /** 本条第二款, or 第二款 alone, which in a statute means this article's paragraph. */
    private static final Pattern THIS_ARTICLE = Pattern.compile("(?:本条)?第(" + NUM + ")款");

    private final CitationExtractor extractor;

    public ArticleLinker(CitationExtractor extractor) {
        this.extractor = extractor;
    }

    public List<ArticleLink> links(LoadedStatute statute) {
        List<ArticleLink> out = new ArrayList<>();
        for (Article article : statute.articles()) {
            out.addAll(links(statute.version().statuteKey(), statute.articleId(article), article));
        }
        return out;
    }

    public List<ArticleLink> links(String statuteKey, String articleId, Article article) {
        List<ArticleLink> out = new ArrayList<>();
        for (int p = 1; p <= article.paragraphs().size(); p++) {
            String text = article.paragraphs().get(p - 1).fullText();
            List<Citation> citations = extractor.extract(text, statuteKey);
            for (Citation c : citations) {
                out.add(new ArticleLink(articleId, p, kind(statuteKey, c), c.statuteKey(), c.statuteName(), c.article(),
                        c.throughArticle(), c.paragraph(), c.item(), c.text()));
            }
            sameArticleLinks(statuteKey, articleId, article.number(), p, text, citations, out);
        }
        return out;
    }

    private static void sameArticleLinks(String statuteKey, String articleId, ArticleNumber number, int paragraph,
                                         String text, List<Citation> citations, List<ArticleLink> out) {
        Matcher preceding = PRECEDING.matcher(text);
        while (preceding.find()) {
            int count = preceding.group(1) == null ? 1 : ChineseNumerals.parse(preceding.group(1));
            for (int target = Math.max(1, paragraph - count); target < paragraph; target++) {
                out.add(new ArticleLink(articleId, paragraph, LinkKind.SAME_ARTICLE, statuteKey, statuteKey, number,
                        null, target, null, preceding.group()));
            }
        }
        Matcher own = THIS_ARTICLE.matcher(text);
        while (own.find()) {
            int at = own.start();
            if (citations.stream().noneMatch(c -> at >= c.start() && at < c.end())) {
                out.add(new ArticleLink(articleId, paragraph, LinkKind.SAME_ARTICLE, statuteKey, statuteKey, number,
                        null, ChineseNumerals.parse(own.group(1)), null, own.group()));
            }
        }
    }

    private static LinkKind kind(String ownKey, Citation c) {
        if (c.statuteKey() == null) {
            return LinkKind.UNKNOWN_STATUTE;
        }
        return c.statuteKey().equals(ownKey) ? LinkKind.SAME_STATUTE : LinkKind.OTHER_STATUTE;
    }
}
