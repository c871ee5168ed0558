package org.zhiban.knowledge;

import java.time.LocalDate;
import java.util.List;
import org.zhiban.integrations.lawtext.Paragraph;

/**
 * 条文详情: one article version with its structure, the other versions of its statute, its tags and its
 * neighbours in the citation graph.
 *
 * @param inForce  false when no version in force on the day asked has the article and the latest one is shown
 * @param cites    the articles this one cites (resolved against the day asked)
 * @param citedBy  articles in force on that day that cite this one
 */
public record ArticleDetails(String statute, String title, String level, String version, String versionId,
                             LocalDate effectiveFrom, LocalDate effectiveUntil, boolean inForce, LocalDate asOf,
                             String articleNo, String article, String articleId, List<String> headingPath,
                             List<Paragraph> paragraphs, String text, List<String> tags,
                             List<KnowledgeSearch.StatuteSummary> versions, List<Neighbour> cites,
                             List<Neighbour> citedBy) {

    /** One end of a citation edge. */
    public record Neighbour(String statute, String articleNo, String article, String citedAs, String kind,
                            boolean resolved) {
    }
}
