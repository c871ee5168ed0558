package org.zhiban.knowledge;

import java.util.List;

/**
 * 政策问答的回答.
 *
 * @param model    the model that wrote the answer; null when none did
 * @param fallback true when the answer was assembled from the retrieved articles without a model
 * @param citations every citation in the answer, verified against the articles in force today
 * @param sources  the retrieved articles the answer rests on
 */
public record PolicyAnswer(String answer, String model, boolean fallback, List<CitedArticle> citations,
                           List<KnowledgeSearch.Hit> sources) {

    /** One citation of the answer and whether the knowledge base confirms it. */
    public record CitedArticle(String text, String statute, String articleNo, String article, boolean resolved,
                               String status) {
    }
}
