package org.zhiban.document.writing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.zhiban.shared.Refusal;

/** 行文方向: decides the 文种's form, its closing phrase and how the recipient is addressed (你局 only downward). */
public enum Direction {
    /** 上行文 */ UPWARD("上行"),
    /** 平行文 */ PARALLEL("平行"),
    /** 下行文 */ DOWNWARD("下行");

    private final String term;

    Direction(String term) {
        this.term = term;
    }

    public String term() {
        return term;
    }

    /** 上行, 上行文 or the enum name; empty for anything else. */
    public static Optional<Direction> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        String bare = t.endsWith("文") ? t.substring(0, t.length() - 1) : t;
        return Arrays.stream(values())
                .filter(d -> d.term.equals(bare) || d.name().equals(t.toUpperCase(Locale.ROOT))).findFirst();
    }

    /** Null when not given (the form's own direction is used); refused when it is not one of the three. */
    static Direction readOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return parse(text).orElseThrow(() -> Refusal.invalid("document.direction.unknown",
                "无法识别的行文方向「" + text + "」（可选：上行、平行、下行） / unknown direction: " + text, text));
    }
}
