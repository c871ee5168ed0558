package org.zhiban.rules.document;

/** 问题等级 — how much a {@link Finding} holds up the document. */
public enum Severity {
    /** 错误: violates the standard or the 条例; the draft cannot be submitted until it is fixed. */
    ERROR,
    /** 警告: very likely wrong, but the check is heuristic or rests on practice; the officer decides. */
    WARNING,
    /** 提示: a house preference, not a rule of the standard. */
    INFO;

    /** Whether a finding of this severity stops the draft from going on to 核稿. */
    public boolean blocksSubmission() {
        return this == ERROR;
    }
}
