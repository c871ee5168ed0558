package org.zhiban.cases;

/**
 * 表单字段: a field as one form shows it — its declaration, the case's current value and whether this step
 * may change it. Built from {@link FieldDescriptor}s, so the views render any case type.
 *
 * @param value the current value as {@link CaseType#data} holds it (string, number, list), or null
 */
public record FormField(FieldDescriptor field, Object value, boolean editable) {

    public String key() {
        return field.key();
    }

    public FieldKind kind() {
        return field.kind();
    }
}
