package org.zhiban.rules.document;

import java.util.List;

/**
 * 审查参数 — what each office sets for itself rather than what a standard fixes, so it is configuration.
 *
 * @param maxTitleLength longest 标题 (in characters) before an INFO finding suggests shortening it;
 *                       GB/T 9704-2012 sets no limit
 * @param sensitiveWords 敏感词 the office does not want in a 正文 or 标题 (rule DOC-SENSITIVE-WORD)
 */
public record DocumentRuleSettings(int maxTitleLength, List<SensitiveWord> sensitiveWords) {

    /** No standard gives a figure; this is a starting point for each office to tune, hence INFO only. */
    public static final int DEFAULT_MAX_TITLE_LENGTH = 60;

    /** The shipped list, used until the office configures its own. */
    public static final String DEFAULT_SENSITIVE_WORDS = "rules/document/敏感词.txt";

    public DocumentRuleSettings {
        if (maxTitleLength < 1) {
            throw new IllegalArgumentException("maxTitleLength must be positive, was " + maxTitleLength);
        }
        sensitiveWords = sensitiveWords == null ? List.of() : List.copyOf(sensitiveWords);
    }

    /** A title limit with the shipped sensitive-word list. */
    public DocumentRuleSettings(int maxTitleLength) {
        this(maxTitleLength, WordLists.sensitiveWords(DEFAULT_SENSITIVE_WORDS));
    }

    public static DocumentRuleSettings defaults() {
        return new DocumentRuleSettings(DEFAULT_MAX_TITLE_LENGTH);
    }

    /**
     * The same settings with the office's own list, entries written "词" or "词=建议写法" (as they come from
     * configuration); blank entries are skipped. It replaces the shipped list rather than adding to it.
     */
    public DocumentRuleSettings withSensitiveWords(List<String> entries) {
        return new DocumentRuleSettings(maxTitleLength, entries.stream()
                .filter(entry -> entry != null && !entry.isBlank())
                .map(SensitiveWord::parse)
                .toList());
    }
}
