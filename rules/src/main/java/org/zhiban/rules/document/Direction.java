package org.zhiban.rules.document;

/**
 * 行文方向 — which way a document travels along the line of subordination (条例第十四条至第十六条).
 *
 * <p>Optional on {@link DocumentFacts}: when it is not given, the rules infer it from the 文种 where the 文种
 * fixes it (请示 and 报告 always go up, 批复 always goes down) and otherwise leave direction rules alone.
 */
public enum Direction {
    /** 上行文: to a superior organ. */
    UPWARD("上行文"),
    /** 平行文: to an organ that is neither superior nor subordinate. */
    PARALLEL("平行文"),
    /** 下行文: to subordinate organs. */
    DOWNWARD("下行文");

    private final String term;

    Direction(String term) {
        this.term = term;
    }

    public String term() {
        return term;
    }

    /** The direction a 文种 implies by itself, or {@code null} when the 文种 can travel either way. */
    public static Direction impliedBy(DocumentType type) {
        return switch (type) {
            case REQUEST, REPORT -> UPWARD;
            case REPLY -> DOWNWARD;
            default -> null;
        };
    }

    /** Accepts the enum name or the Chinese term (上行文, 上行, …); {@code null} or blank gives {@code null}. */
    public static Direction parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        for (Direction direction : values()) {
            if (direction.name().equalsIgnoreCase(value) || direction.term.equals(value)
                    || direction.term.substring(0, 2).equals(value)) {
                return direction;
            }
        }
        throw new IllegalArgumentException("未知的行文方向：" + text + "（应为上行文、平行文或下行文）");
    }
}
