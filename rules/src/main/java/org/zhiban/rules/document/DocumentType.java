package org.zhiban.rules.document;

/**
 * 文种 — the fifteen document types of 《党政机关公文处理工作条例》第八条.
 *
 * <p>{@link #term()} is the name as it ends a document's 标题 (GB/T 9704-2012 7.3.1: 发文机关 + 事由 + 文种).
 */
public enum DocumentType {
    /** 决议 */
    RESOLUTION("决议"),
    /** 决定 */
    DECISION("决定"),
    /** 命令（令）: titles end with "令" whether the type is written 命令 or 令. */
    ORDER("令"),
    /** 公报 */
    COMMUNIQUE("公报"),
    /** 公告 */
    ANNOUNCEMENT("公告"),
    /** 通告 */
    PUBLIC_NOTICE("通告"),
    /** 意见 */
    OPINION("意见"),
    /** 通知 */
    NOTICE("通知"),
    /** 通报 */
    CIRCULAR("通报"),
    /** 报告 */
    REPORT("报告"),
    /** 请示 */
    REQUEST("请示"),
    /** 批复 */
    REPLY("批复"),
    /** 议案 */
    MOTION("议案"),
    /** 函 */
    LETTER("函"),
    /** 纪要 */
    MINUTES("纪要");

    private final String term;

    DocumentType(String term) {
        this.term = term;
    }

    /** The Chinese name of the type, as it ends a title. */
    public String term() {
        return term;
    }

    /** Reads 通知, 命令 or 令, 命令（令）, or the enum name (NOTICE). */
    public static DocumentType parse(String text) {
        return find(text).orElseThrow(() -> new IllegalArgumentException(
                "未知的文种：" + text + "（应为《党政机关公文处理工作条例》第八条所列15种之一）"));
    }

    /** As {@link #parse}, empty for a blank or unknown text: the one reading of a 文种 the whole product uses. */
    public static java.util.Optional<DocumentType> find(String text) {
        String value = text == null ? "" : text.strip();
        if (value.equals("命令") || value.equals("命令（令）") || value.equals("命令(令)")) {
            return java.util.Optional.of(ORDER);
        }
        for (DocumentType type : values()) {
            if (type.term.equals(value) || type.name().equalsIgnoreCase(value)) {
                return java.util.Optional.of(type);
            }
        }
        return java.util.Optional.empty();
    }
}
