package org.zhiban.integrations.lawtext;

/** 引用关系类型: what an article's reference points at. */
public enum LinkKind {
    /** 本法第X条: another article of the same statute */
    SAME_STATUTE,
    /** 《XX法》第X条: an article of another statute in the knowledge base */
    OTHER_STATUTE,
    /** a statute not in the knowledge base (药品管理法, 刑法 ...) */
    UNKNOWN_STATUTE,
    /** 前款, 前两款, 本条第X款: another paragraph of the same article */
    SAME_ARTICLE
}
