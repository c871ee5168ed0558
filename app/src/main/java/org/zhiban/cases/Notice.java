package org.zhiban.cases;

/**
 * 提示: something the latest automated step found on a case — a rule finding, an AI suggestion, a department's
 * reply — shown first in the task form, linked to the field (and the span of its text) it concerns.
 *
 * @param source    {@code rule}, {@code ai} or {@code reply}; label key {@code notice.source.<x>}
 * @param severity  {@code ERROR} blocks the step, {@code WARNING} and {@code INFO} inform; label key {@code severity.<x>}
 * @param field     the field it is about, or null
 * @param basis     where it comes from, e.g. "GB/T 9704-2012 7.2.5", or a model's name
 * @param spanStart offset of the first character concerned in the field's text, or null
 * @param spanEnd   offset after the last one, or null
 */
public record Notice(String source, String severity, String field, String message, String basis, Integer spanStart,
                     Integer spanEnd) {

    public static Notice rule(String severity, String field, String message, String basis) {
        return new Notice("rule", severity, field, message, basis, null, null);
    }

    public boolean blocking() {
        return "ERROR".equals(severity);
    }
}
