package org.zhiban.integrations.lawtext;

/** 引用核验结果: what checking a citation against the knowledge base found. */
public enum CitationStatus {
    /** 有效: the article exists in the version in force on the day asked */
    RESOLVED,
    /** 条文不存在: the statute is known but has no such article in any version */
    NOT_FOUND,
    /** 已失效或未施行: the article exists, but not in the version in force on the day asked */
    NOT_IN_FORCE,
    /** 款项不存在: the article exists, but has no such paragraph or item */
    PART_NOT_FOUND,
    /** 法规未收录: the statute is not named or not in the knowledge base */
    UNKNOWN_STATUTE
}
