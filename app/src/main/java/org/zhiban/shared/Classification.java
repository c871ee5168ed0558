package org.zhiban.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * 数据分级 of a case or a question, which decides where its text may go: 公开 and 内部 to any configured model
 * (personal data redacted for models outside the network), 敏感 only to a model marked local, 涉密 to none.
 * Ordered from least to most restricted; a case's level can be raised above its type's floor, never lowered.
 */
public enum Classification {
    PUBLIC("公开"),
    INTERNAL("内部"),
    SENSITIVE("敏感"),
    SECRET("涉密");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean atLeast(Classification other) {
        return compareTo(other) >= 0;
    }

    public Classification atLeastThat(Classification floor) {
        return atLeast(floor) ? this : floor;
    }

    /**
     * Reads 公开/内部/敏感/涉密 or the English names; 秘密, 机密 and 绝密 (the 密级 of the 保密法) are all 涉密.
     *
     * @return empty for anything else
     */
    public static Optional<Classification> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.equals("秘密") || t.equals("机密") || t.equals("绝密") || t.equalsIgnoreCase("confidential")) {
            return Optional.of(SECRET);
        }
        return Arrays.stream(values())
                .filter(c -> c.label.equals(t) || c.name().equals(t.toUpperCase(Locale.ROOT)))
                .findFirst();
    }

    /** Like {@link #parse} but refuses what it cannot read, naming the accepted values. */
    public static Classification require(String text, Classification whenMissing) {
        if (text == null || text.isBlank()) {
            return whenMissing;
        }
        return parse(text).orElseThrow(() -> Refusal.invalid("classification.unknown",
                "无法识别的数据分级：" + text + "（可选：公开、内部、敏感、涉密） / unknown classification", text));
    }
}
