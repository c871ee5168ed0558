package org.zhiban.integrations.lawtext;

import java.util.Optional;

/**
 * 法条引用: one cited article (or paragraph, or item) found in a text. A list such as 第四十九条、第五十一条 gives
 * one citation per element; a range 第十条至第十五条 gives one citation with {@code throughArticle}.
 *
 * @param start            offset of the first character in the text; the first element of a list starts at its statute name
 * @param end              offset after the last character
 * @param text             the cited text as written ("《消费者权益保护法》第五十五条第一款")
 * @param statuteAsWritten the statute as written ("《中华人民共和国消费者权益保护法》", "本法", "该法"); null when unnamed
 * @param statuteName      the statute key when resolved, else the normalised name ("刑法"); the context key for 本法; null when unknown
 * @param statuteKey       the resolved statute key; null when the name is not a known statute
 * @param reference        how the statute was named
 * @param article          the article number
 * @param throughArticle   the last article of a range, null otherwise
 * @param paragraph        the 款, null when the whole article is cited
 * @param item             the 项, null when none is cited
 */
public record Citation(
        int start,
        int end,
        String text,
        String statuteAsWritten,
        String statuteName,
        String statuteKey,
        StatuteReference reference,
        ArticleNumber article,
        ArticleNumber throughArticle,
        Integer paragraph,
        Integer item) {

    public Optional<String> resolvedStatuteKey() {
        return Optional.ofNullable(statuteKey);
    }

    /** A compact form for logs and tests: "消费者权益保护法 第五十五条第一款第（二）项". */
    public String describe() {
        StringBuilder out = new StringBuilder(statuteName == null ? "?" : statuteName).append(' ').append(article.label());
        if (throughArticle != null) {
            out.append("至").append(throughArticle.label());
        }
        if (paragraph != null) {
            out.append('第').append(ChineseNumerals.toChinese(paragraph)).append('款');
        }
        if (item != null) {
            out.append("第（").append(ChineseNumerals.toChinese(item)).append("）项");
        }
        return out.toString();
    }
}
