package org.zhiban.cases;

/**
 * 提示: something a rule check found on a case, shown with the form (errors first).
 *
 * @param severity {@code ERROR} blocks the step, {@code WARNING} and {@code INFO} inform; label key {@code severity.<x>}
 * @param field    the form field it is about, or null
 * @param basis    where the rule comes from, e.g. "GB/T 9704-2012 7.2.5"
 */
public record Notice(String severity, String field, String message, String basis) {

    public boolean blocking() {
        return "ERROR".equals(severity);
    }
}
