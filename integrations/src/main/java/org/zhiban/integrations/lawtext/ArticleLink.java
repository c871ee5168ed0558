package org.zhiban.integrations.lawtext;

/**
 * 条文引用关系: one edge of the article graph. The target names a statute and an article number rather than
 * a version: resolve it against the version in force on the day the reader asks about.
 *
 * @param fromArticleId    the citing article's id
 * @param fromParagraph    the citing paragraph, from 1
 * @param kind             what kind of target it is
 * @param toStatuteKey     the cited statute's key; null for UNKNOWN_STATUTE
 * @param toStatuteName    the cited statute's (normalised) name
 * @param toArticle        the cited article
 * @param toThroughArticle the last article of a cited range, else null
 * @param toParagraph      the cited paragraph, else null
 * @param toItem           the cited item, else null
 * @param citedAs          the reference as written ("本法第四十九条", "前款")
 */
public record ArticleLink(
        String fromArticleId,
        int fromParagraph,
        LinkKind kind,
        String toStatuteKey,
        String toStatuteName,
        ArticleNumber toArticle,
        ArticleNumber toThroughArticle,
        Integer toParagraph,
        Integer toItem,
        String citedAs) {
}
