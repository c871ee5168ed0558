package org.zhiban.integrations.lawtext;

/** 援引方式: how a citation names its statute. */
public enum StatuteReference {
    /** 《消费者权益保护法》第五十五条, or the name without marks */
    NAMED,
    /** 本法第四十九条: the statute the text belongs to */
    SELF,
    /** 该法第二十八条: the statute named last before it */
    ANAPHORIC,
    /** 第二十八条 with no statute named: taken from the surrounding context, or unknown when none was given */
    UNNAMED
}
