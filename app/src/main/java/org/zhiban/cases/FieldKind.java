package org.zhiban.cases;

/** 字段类型: how a case field is entered, checked and shown. Values travel as JSON strings, numbers and lists. */
public enum FieldKind {
    /** 单行文本 */ TEXT,
    /** 多行文本 (正文, 附件说明) */ LONG_TEXT,
    /** 下拉单选: one of the options */ SELECT,
    /** 多选: a list of options */ MULTI_SELECT,
    /** 日期: ISO {@code 2026-11-24}; {@code 2026年11月24日} is accepted too */ DATE,
    /** 数字 */ NUMBER,
    /** 金额 in 元 with two decimals; shown with its 大写 */ MONEY,
    /** 人员: a user id */ PERSON,
    /** 科室: a department id */ DEPARTMENT,
    /** 多个科室 (会签、分发): a list of department ids */ DEPARTMENTS,
    /** 附件: a list of the case's attachment ids */ FILES;

    /** Kinds whose value is a list. */
    public boolean multiValued() {
        return this == MULTI_SELECT || this == FILES || this == DEPARTMENTS;
    }
}
