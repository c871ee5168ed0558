package org.zhiban.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.zhiban.cases.FieldDescriptor;
import org.zhiban.cases.FieldKind;
import org.zhiban.cases.FormField;
import org.zhiban.shared.ChineseMoney;

/**
 * One input component per field kind, and how a value reads on screen. Used by the task dialog and the case
 * view, so every case type's fields look and behave the same everywhere.
 */
public final class FieldEditors {

    /** A field's input: its component and its value in the shape the API takes (string, number, list). */
    public interface Editor {
        Component component();

        Object value();

        void showError(String message);
    }

    private FieldEditors() {
    }

    /**
     * @param translate  translation of a key in the user's language
     * @param people     id to name, for person fields
     * @param departments id to name, for department fields
     */
    public static Editor editor(FormField f, Function<String, String> translate, Map<String, String> people,
                                Map<String, String> departments) {
        FieldDescriptor d = f.field();
        String label = translate.apply(d.labelKey()) + (d.required() && f.editable() ? " *" : "");
        Editor editor = switch (d.kind()) {
            case TEXT -> wrap(new TextField(label, text(f.value()), ""), v -> v == null || v.isBlank() ? null : v);
            case LONG_TEXT -> {
                TextArea area = new TextArea(label, text(f.value()), "");
                area.setMinHeight(d.maxLength() == null || d.maxLength() > 5000 ? "14em" : "4em");
                yield wrap(area, v -> v == null || v.isBlank() ? null : v);
            }
            case SELECT -> {
                ComboBox<String> box = new ComboBox<>(label, d.options());
                box.setValue(f.value() == null ? null : f.value().toString());
                yield wrap(box, v -> v);
            }
            case MULTI_SELECT, FILES -> {
                MultiSelectComboBox<String> box = new MultiSelectComboBox<>(label);
                box.setItems(d.options().isEmpty() ? list(f.value()) : d.options());
                box.setValue(new LinkedHashSet<>(list(f.value())));
                yield wrap(box, v -> v == null || v.isEmpty() ? null : new ArrayList<>(v));
            }
            case DATE -> {
                DatePicker picker = new DatePicker(label);
                picker.setValue(f.value() == null ? null : LocalDate.parse(f.value().toString()));
                yield wrap(picker, v -> v == null ? null : v.toString());
            }
            case NUMBER, MONEY -> {
                BigDecimalField number = new BigDecimalField(label);
                number.setValue(f.value() == null ? null : new BigDecimal(f.value().toString()));
                if (d.kind() == FieldKind.MONEY) {
                    number.setSuffixComponent(new com.vaadin.flow.component.html.Span("元"));
                    number.setHelperText(money(number.getValue()));
                    number.addValueChangeListener(e -> number.setHelperText(money(e.getValue())));
                }
                yield wrap(number, v -> v);
            }
            case PERSON -> {
                ComboBox<String> box = new ComboBox<>(label, people.keySet());
                box.setItemLabelGenerator(id -> people.getOrDefault(id, id));
                box.setValue(f.value() == null ? null : f.value().toString());
                yield wrap(box, v -> v);
            }
            case DEPARTMENTS -> {
                MultiSelectComboBox<String> box = new MultiSelectComboBox<>(label);
                box.setItems(departments.keySet());
                box.setItemLabelGenerator(id -> departments.getOrDefault(id, id));
                box.setValue(new LinkedHashSet<>(list(f.value())));
                yield wrap(box, v -> v == null || v.isEmpty() ? null : new ArrayList<>(v));
            }
            case DEPARTMENT -> {
                ComboBox<String> box = new ComboBox<>(label, departments.keySet());
                box.setItemLabelGenerator(id -> departments.getOrDefault(id, id));
                box.setValue(f.value() == null ? null : f.value().toString());
                yield wrap(box, v -> v);
            }
        };
        if (d.helpKey() != null && editor.component() instanceof com.vaadin.flow.component.HasHelper helped
                && helped.getHelperText() == null) {
            helped.setHelperText(translate.apply(d.helpKey()));
        }
        ((HasValue<?, ?>) editor.component()).setReadOnly(!f.editable());
        editor.component().setId("field-" + d.key());
        return editor;
    }

    /**
     * The editable fields whose editor now holds another value than the form came with: only these are sent, so a
     * read-only step never sends any, and a blank text, an empty list or 1.50 against 1.5 is no change.
     */
    public static Map<String, Object> changed(List<FormField> form, Map<String, Editor> editors) {
        Map<String, Object> changed = new java.util.LinkedHashMap<>();
        for (FormField f : form) {
            Editor editor = editors.get(f.key());
            if (editor != null && f.editable() && !java.util.Objects.equals(normal(f.value()), normal(editor.value()))) {
                changed.put(f.key(), editor.value());
            }
        }
        return changed;
    }

    private static Object normal(Object value) {
        if (value instanceof String s && s.isBlank()) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros();
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? null : List.copyOf(c);
        }
        return value;
    }

    /** A value as it reads on paper: 2026年11月24日, 12,345.60 元（壹万贰仟叁佰肆拾伍元陆角整）, 甲、乙. */
    public static String display(FormField f, Map<String, String> people, Map<String, String> departments) {
        Object v = f.value();
        if (v == null) {
            return "";
        }
        return switch (f.kind()) {
            case DATE -> {
                LocalDate date = LocalDate.parse(v.toString());
                yield date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
            }
            case MONEY -> String.format("%,.2f 元", new BigDecimal(v.toString())) + "（" + money(new BigDecimal(v.toString())) + "）";
            case MULTI_SELECT, FILES -> String.join("、", list(v));
            case PERSON -> people.getOrDefault(v.toString(), v.toString());
            case DEPARTMENT -> departments.getOrDefault(v.toString(), v.toString());
            case DEPARTMENTS -> String.join("、", list(v).stream().map(id -> departments.getOrDefault(id, id)).toList());
            default -> v.toString();
        };
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : "大写：" + ChineseMoney.upper(amount);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static List<String> list(Object value) {
        return value instanceof Collection<?> c ? c.stream().map(Object::toString).toList() : List.of();
    }

    private static <V> Editor wrap(HasValue<?, V> field, Function<V, Object> toValue) {
        return new Editor() {
            @Override
            public Component component() {
                return (Component) field;
            }

            @Override
            public Object value() {
                return toValue.apply(field.getValue());
            }

            @Override
            public void showError(String message) {
                if (field instanceof HasValidation v) {
                    v.setInvalid(true);
                    v.setErrorMessage(message);
                }
            }
        };
    }
}
