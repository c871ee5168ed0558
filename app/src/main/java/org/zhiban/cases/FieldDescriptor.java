package org.zhiban.cases;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * 字段定义: one field of a case type, declared once. The task form, the case view, the REST case data, the
 * server-side check of task input and the OpenAPI description of {@code /api/case-types} are all derived from it.
 *
 * @param labelKey   translation key of the label, {@code field.<key>} unless declared
 * @param helpKey    translation key of the help text under the field, or null
 * @param options    allowed values of a {@link FieldKind#SELECT} or {@link FieldKind#MULTI_SELECT} field
 * @param pattern    a Java regular expression a text value must match, declared in code (never from data), or null
 * @param maxLength  longest text value, or null
 * @param min        smallest number or amount, or null
 * @param max        largest number or amount, or null
 * @param editableIn activity ids where the field may be changed; {@link CaseType#START} for the start form
 * @param shownIn    activity ids whose form shows the field; empty: every form
 * @param shared     whether departments taking part in the case (not owning it) see the field
 */
public record FieldDescriptor(String key, String labelKey, FieldKind kind, boolean required, String helpKey,
                              List<String> options, String pattern, Integer maxLength, BigDecimal min, BigDecimal max,
                              Set<String> editableIn, Set<String> shownIn, boolean shared) {

    public FieldDescriptor {
        options = List.copyOf(options);
        editableIn = Set.copyOf(editableIn);
        shownIn = Set.copyOf(shownIn);
    }

    /** A field of this kind: optional, read-only everywhere, shown in every form and to participants. */
    public static FieldDescriptor of(String key, FieldKind kind) {
        return new FieldDescriptor(key, "field." + key, kind, false, null, List.of(), null, null, null, null,
                Set.of(), Set.of(), true);
    }

    public static FieldDescriptor select(String key, List<String> options) {
        return of(key, FieldKind.SELECT).options(options);
    }

    /** 必填. */
    public FieldDescriptor mandatory() {
        return new FieldDescriptor(key, labelKey, kind, true, helpKey, options, pattern, maxLength, min, max,
                editableIn, shownIn, shared);
    }

    public FieldDescriptor label(String labelKey) {
        return new FieldDescriptor(key, labelKey, kind, required, helpKey, options, pattern, maxLength, min, max,
                editableIn, shownIn, shared);
    }

    /** Help text under the field from {@code field.<key>.helper}. */
    public FieldDescriptor helped() {
        return new FieldDescriptor(key, labelKey, kind, required, labelKey + ".helper", options, pattern, maxLength,
                min, max, editableIn, shownIn, shared);
    }

    public FieldDescriptor options(List<String> options) {
        return new FieldDescriptor(key, labelKey, kind, required, helpKey, options, pattern, maxLength, min, max,
                editableIn, shownIn, shared);
    }

    public FieldDescriptor pattern(String pattern) {
        return new FieldDescriptor(key, labelKey, kind, required, helpKey, options, pattern, maxLength, min, max,
                editableIn, shownIn, shared);
    }

    public FieldDescriptor maxLength(int maxLength) {
        return new FieldDescriptor(key, labelKey, kind, required, helpKey, options, pattern, maxLength, min, max,
                editableIn, shownIn, shared);
    }

    public FieldDescriptor range(BigDecimal min, BigDecimal max) {
        return new FieldDescriptor(key, labelKey, kind, required, helpKey, options, pattern, maxLength, min, max,
                editableIn, shownIn, shared);
    }

    public FieldDescriptor editableIn(String... activityIds) {
        return new FieldDescriptor(key, labelKey, kind, required, helpKey, options, pattern, maxLength, min, max,
                Set.of(activityIds), shownIn, shared);
    }

    public FieldDescriptor shownIn(String... activityIds) {
        return new FieldDescriptor(key, labelKey, kind, required, helpKey, options, pattern, maxLength, min, max,
                editableIn, Set.of(activityIds), shared);
    }

    /** Seen by the owning department only, never by departments that take part in the case. */
    public FieldDescriptor ownerOnly() {
        return new FieldDescriptor(key, labelKey, kind, required, helpKey, options, pattern, maxLength, min, max,
                editableIn, shownIn, false);
    }

    public boolean isEditableIn(String activityId) {
        return activityId != null && editableIn.contains(activityId);
    }

    /** Whether a form of this activity shows the field; the case view ({@code null}) shows every field. */
    public boolean isShownIn(String activityId) {
        return activityId == null || shownIn.isEmpty() || shownIn.contains(activityId) || isEditableIn(activityId);
    }
}
