package org.zhiban.integrations.lawtext;

import java.util.Optional;

/**
 * 引用核验: a citation with what the knowledge base says about it.
 *
 * @param citation the citation as found
 * @param status   the verdict
 * @param article  the cited article: the version in force when RESOLVED or PART_NOT_FOUND, the latest version
 *                 that has it when NOT_IN_FORCE (so the reader sees what the citation meant); null otherwise
 */
public record CheckedCitation(Citation citation, CitationStatus status, Article article) {

    public Optional<Article> citedArticle() {
        return Optional.ofNullable(article);
    }
}
