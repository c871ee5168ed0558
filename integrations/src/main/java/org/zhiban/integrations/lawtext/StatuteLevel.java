package org.zhiban.integrations.lawtext;

/** 效力层级: the rank of a legal text in the hierarchy of Chinese law. */
public enum StatuteLevel {
    /** 法律 */
    LAW("法律"),
    /** 行政法规 */
    ADMINISTRATIVE_REGULATION("行政法规"),
    /** 部门规章 */
    DEPARTMENTAL_RULE("部门规章"),
    /** 司法解释 */
    JUDICIAL_INTERPRETATION("司法解释"),
    /** 地方性法规 */
    LOCAL_REGULATION("地方性法规"),
    /** 党内法规 (e.g. 信访工作条例, issued jointly by 中共中央 and 国务院) */
    PARTY_REGULATION("党内法规");

    private final String chineseName;

    StatuteLevel(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Accepts the enum name or the Chinese name (法律, 行政法规 ...). */
    public static StatuteLevel parse(String text) {
        for (StatuteLevel level : values()) {
            if (level.name().equalsIgnoreCase(text.strip()) || level.chineseName.equals(text.strip())) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown statute level: " + text);
    }
}
