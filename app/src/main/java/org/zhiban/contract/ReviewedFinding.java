package org.zhiban.contract;

import org.zhiban.rules.contract.Severity;

/**
 * A finding as the case keeps it: the rule's (or the model's), with its citation checked against the knowledge base.
 *
 * @param kbStatute   the statute as the knowledge base files it, for the link; null when it does not hold it
 * @param kbArticleNo the article as the knowledge base numbers it; null likewise
 * @param verified    whether the cited article exists in the knowledge base and is in force
 * @param source      {@code rule} or {@code model}
 */
record ReviewedFinding(String ruleId, Severity severity, String clause, String excerpt, Integer start, Integer end,
                       String message, String suggestion, String statute, String article, String part,
                       String citation, String kbStatute, String kbArticleNo, boolean verified, String source,
                       boolean consistency) {

    static final String RULE = "rule";
    static final String MODEL = "model";

    /** The knowledge base page of the cited article, or null when the citation could not be confirmed. */
    String link() {
        return verified && kbStatute != null && kbArticleNo != null ? "knowledge/" + kbStatute + "/" + kbArticleNo : null;
    }
}
