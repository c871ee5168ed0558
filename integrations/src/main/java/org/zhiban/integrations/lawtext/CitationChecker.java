package org.zhiban.integrations.lawtext;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 引用核验: checks citations against the knowledge base through an {@link ArticleLookup}, which the app backs
 * with its database and tests with a {@link LawLibrary}. A range is checked at both ends.
 */
public final class CitationChecker {

    private final ArticleLookup lookup;

    public CitationChecker(ArticleLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup);
    }

    public List<CheckedCitation> check(List<Citation> citations, LocalDate asOf) {
        return citations.stream().map(c -> check(c, asOf)).toList();
    }

    public CheckedCitation check(Citation citation, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        String key = citation.statuteKey();
        if (key == null) {
            return new CheckedCitation(citation, CitationStatus.UNKNOWN_STATUTE, null);
        }
        Optional<Article> inForce = lookup.find(key, citation.article(), asOf);
        boolean rangeEndInForce = citation.throughArticle() == null
                || lookup.find(key, citation.throughArticle(), asOf).isPresent();
        if (inForce.isPresent() && rangeEndInForce) {
            Article article = inForce.get();
            CitationStatus status = hasCitedPart(article, citation) ? CitationStatus.RESOLVED : CitationStatus.PART_NOT_FOUND;
            return new CheckedCitation(citation, status, article);
        }
        Optional<Article> anyVersion = lookup.find(key, citation.article(), null);
        boolean rangeEndExists = citation.throughArticle() == null
                || lookup.find(key, citation.throughArticle(), null).isPresent();
        if (anyVersion.isPresent() && rangeEndExists) {
            return new CheckedCitation(citation, CitationStatus.NOT_IN_FORCE, anyVersion.get());
        }
        return new CheckedCitation(citation, CitationStatus.NOT_FOUND, null);
    }

    private static boolean hasCitedPart(Article article, Citation citation) {
        if (citation.paragraph() == null && citation.item() == null) {
            return true;
        }
        if (citation.paragraph() == null) {
            // 第X条第（一）项 without a 款: the items of the only paragraph that lists any
            return article.paragraphs().stream().anyMatch(p -> citation.item() <= p.items().size());
        }
        return article.paragraph(citation.paragraph())
                .map(p -> citation.item() == null || citation.item() <= p.items().size())
                .orElse(false);
    }
}
