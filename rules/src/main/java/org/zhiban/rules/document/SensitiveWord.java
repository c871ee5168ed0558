package org.zhiban.rules.document;

import java.util.Objects;

/**
 * 敏感词 — a word the office does not want in its documents, with what to write instead if there is a standard
 * replacement.
 *
 * @param word        the word as it would appear in the text
 * @param replacement what to write instead, or {@code null} when the passage needs rewording
 */
public record SensitiveWord(String word, String replacement) {

    public SensitiveWord {
        Objects.requireNonNull(word, "word");
        if (word.isBlank()) {
            throw new IllegalArgumentException("a sensitive word must not be blank");
        }
        word = word.strip();
        replacement = replacement == null || replacement.isBlank() ? null : replacement.strip();
    }

    /** Reads one configuration entry: "词" or "词=建议写法". */
    public static SensitiveWord parse(String entry) {
        int equals = entry.indexOf('=');
        return equals < 0 ? new SensitiveWord(entry, null)
                : new SensitiveWord(entry.substring(0, equals), entry.substring(equals + 1));
    }
}
