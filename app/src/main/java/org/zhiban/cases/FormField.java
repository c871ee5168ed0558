package org.zhiban.cases;

import java.util.List;

/**
 * 表单字段: one field of a case's form as its {@link CaseType} describes it, so the inbox and case views can show
 * and edit any case type without knowing its internals. The label is the translation key {@code field.<name>}.
 *
 * @param options the allowed values of a {@link Kind#CHOICE} field; empty otherwise
 */
public record FormField(String name, Kind kind, List<String> options, String value, boolean editable) {

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public enum Kind {
        /** 单行文本 */ TEXT,
        /** 多行文本 (正文, 附件说明) */ LONG_TEXT,
        /** 下拉选择 */ CHOICE
    }
}
