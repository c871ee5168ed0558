package org.zhiban.document.layout;

/** The typefaces GB/T 9704 asks for, by the part they play. */
public enum FontRole {
    /** 仿宋: body and most elements (5.2.2) */
    FANGSONG,
    /** 小标宋: 发文机关标志 and 标题 */
    XIAOBIAOSONG,
    /** 黑体: 密级, 紧急程度, first-level headings, 纪要 labels */
    HEITI,
    /** 楷体: second-level headings, 签发人 names */
    KAITI,
    /** 宋体: page numbers (7.5) */
    SONG
}
