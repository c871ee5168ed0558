package org.zhiban.ai;

/**
 * A law citation in a model's answer and what the knowledge base says of it.
 *
 * @param resolved true only when the article exists and is in force: anything else is flagged, never shown as fact
 * @param status   the verification status (e.g. OK, NO_SUCH_ARTICLE, UNKNOWN_STATUTE, NOT_IN_FORCE)
 * @param article  the article number as the knowledge base files it, for a link; null when unresolved
 */
public record AiCitation(String text, String statute, String articleNo, String article, boolean resolved,
                         String status) {
}
