package org.zhiban.rules.document;

/**
 * A stretch of a field's text that a rule objects to, as the rule helpers return it to the DRL.
 *
 * @param start      offset of its first character
 * @param end        offset just past it
 * @param text       the text itself
 * @param suggestion what to write instead, or {@code null} when the rule gives its own
 */
public record TextMatch(int start, int end, String text, String suggestion) {

    public static TextMatch of(String fieldText, int start, int end, String suggestion) {
        return new TextMatch(start, end, fieldText.substring(start, end), suggestion);
    }

    /** The whole of a (non-null) field text. */
    public static TextMatch whole(String fieldText, String suggestion) {
        return new TextMatch(0, fieldText.length(), fieldText, suggestion);
    }
}
