package org.zhiban.rules.document;

import java.util.Objects;

/**
 * 审查意见 — one problem the compliance rules found in a 公文.
 *
 * @param ruleId     stable identifier of the rule (e.g. {@code DOC-NUMBER-BRACKETS}); safe to store and to count on
 * @param severity   how much the problem holds up the document
 * @param field      the {@link DocumentFacts} component the problem is in (e.g. {@code documentNumber});
 *                   {@link DocumentField#fromComponent} gives its Chinese key
 * @param message    what is wrong and how to fix it, in Chinese, for the officer
 * @param basis      where the rule comes from (e.g. "GB/T 9704-2012 7.2.5")
 * @param start      offset of the first character of the problem in the field's text
 *                   ({@link DocumentField#textOf}), or {@code null} when it concerns the field as a whole
 * @param end        offset just past the problem (exclusive), {@code null} exactly when {@code start} is
 * @param suggestion the replacement for the span, or a short instruction when there is nothing to replace;
 *                   {@code null} when the fix needs the officer's judgement
 */
public record Finding(String ruleId, Severity severity, String field, String message, String basis,
                      Integer start, Integer end, String suggestion) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(basis, "basis");
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("start and end are given together or not at all");
        }
        if (start != null && (start < 0 || end < start)) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** A finding about the field as a whole, with no suggestion (the form stored before spans existed). */
    public Finding(String ruleId, Severity severity, String field, String message, String basis) {
        this(ruleId, severity, field, message, basis, null, null, null);
    }

    /** A finding about the field as a whole, or about a missing field. */
    public static Finding whole(String ruleId, Severity severity, String field, String message,
                                String suggestion, String basis) {
        return new Finding(ruleId, severity, field, message, basis, null, null, suggestion);
    }

    /** A finding on one stretch of the field's text; the suggestion is the match's own unless one is given. */
    public static Finding at(String ruleId, Severity severity, String field, TextMatch match, String message,
                             String suggestion, String basis) {
        return new Finding(ruleId, severity, field, message, basis, match.start(), match.end(),
                suggestion != null ? suggestion : match.suggestion());
    }

    /** The {@link DocumentField} this finding is in. */
    public DocumentField documentField() {
        return DocumentField.fromComponent(field);
    }
}
