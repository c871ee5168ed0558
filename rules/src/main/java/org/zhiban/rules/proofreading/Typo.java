package org.zhiban.rules.proofreading;

/**
 * 错别字: a suspected wrongly written character.
 *
 * @param start      offset of the character in the checked text (UTF-16 index, as {@link String#charAt})
 * @param end        exclusive end offset
 * @param original   the text at {@code [start, end)}
 * @param suggestion what the language model reads there instead
 * @param confidence in (0.5, 1): how far the suggestion beats the original beyond the flagging margin
 */
public record Typo(int start, int end, String original, String suggestion, double confidence) {
}
