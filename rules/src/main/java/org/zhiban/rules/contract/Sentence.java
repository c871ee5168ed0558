package org.zhiban.rules.contract;

/**
 * 句 — a stretch of the contract between 。；！？ or line breaks, the unit most wording rules read.
 *
 * @param text   exactly {@code contract.text().substring(start, end)}
 * @param clause the clause it is in, or {@code null} in the preamble
 */
public record Sentence(String text, int start, int end, String clause) {
}
