package org.zhiban.rules.document;

/**
 * 审查参数 — the limits that are house choices rather than rules of a standard, so they are configuration.
 *
 * @param maxTitleLength longest 标题 (in characters) before an INFO finding suggests shortening it;
 *                       GB/T 9704-2012 sets no limit
 */
public record DocumentRuleSettings(int maxTitleLength) {

    /** No standard gives a figure; this is a starting point for each office to tune, hence INFO only. */
    public static final int DEFAULT_MAX_TITLE_LENGTH = 60;

    public DocumentRuleSettings {
        if (maxTitleLength < 1) {
            throw new IllegalArgumentException("maxTitleLength must be positive, was " + maxTitleLength);
        }
    }

    public static DocumentRuleSettings defaults() {
        return new DocumentRuleSettings(DEFAULT_MAX_TITLE_LENGTH);
    }
}
