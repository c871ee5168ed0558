package org.zhiban.rules.document;

import java.util.Objects;

/**
 * 审查意见 — one problem the compliance rules found in a 公文.
 *
 * @param ruleId   stable identifier of the rule (e.g. {@code DOC-NUMBER-BRACKETS}); safe to store and to count on
 * @param severity how much the problem holds up the document
 * @param field    the {@link DocumentFacts} component the problem is in (e.g. {@code documentNumber})
 * @param message  what is wrong and how to fix it, in Chinese, for the officer
 * @param basis    where the rule comes from (e.g. "GB/T 9704-2012 7.2.5")
 */
public record Finding(String ruleId, Severity severity, String field, String message, String basis) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(basis, "basis");
    }
}
