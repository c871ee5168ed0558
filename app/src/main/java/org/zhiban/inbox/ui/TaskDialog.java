package org.zhiban.inbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.zhiban.cases.FormField;
import org.zhiban.cases.Notice;
import org.zhiban.inbox.TaskCompletion;
import org.zhiban.inbox.WorkItem;
import org.zhiban.shared.ui.Notifications;

/**
 * 办理对话框: what the last rule check found, the case's form (editable where the step allows), the opinion and
 * one button per outcome. Knows nothing of any case type: the form and notices come from its {@code CaseType}.
 */
class TaskDialog extends Dialog {

    /** Order in which outcome buttons appear; the primary action first. */
    private static final List<String> OUTCOME_ORDER = List.of("submit", "approve", "countersign", "return");
    private static final List<String> HELPED_FIELDS = List.of("documentNumber", "signingDate", "mainRecipients");

    private final List<FormField> form;
    private final Map<String, HasValue<?, String>> fields = new LinkedHashMap<>();
    final TextArea opinion = new TextArea();

    TaskDialog(WorkItem item, List<FormField> form, List<Notice> notices, Consumer<TaskCompletion> complete) {
        this.form = form;
        setHeaderTitle(getTranslation("task.dialog.title", item.name()) + " · " + item.caseFile().caseId());
        setWidth("min(60rem, 95vw)");
        // Findings first: an officer whose draft came back needs to see why before anything else.
        add(notices(notices), form());
        markOnFields(notices);
        opinion.setLabel(getTranslation("task.opinion"));
        opinion.setPlaceholder(getTranslation("task.opinion.placeholder"));
        opinion.setWidthFull();
        opinion.setMaxLength(TaskCompletion.MAX_OPINION_LENGTH);
        opinion.setId("task-opinion");
        add(opinion);
        for (String outcome : OUTCOME_ORDER) {
            if (item.outcomes().contains(outcome)) {
                Button button = new Button(getTranslation("outcome." + outcome), e -> {
                    if (Notifications.attempt(() -> complete.accept(completion(outcome)))) {
                        close();
                    }
                });
                button.setId("outcome-" + outcome);
                button.addThemeVariants("return".equals(outcome) ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
                getFooter().add(button);
            }
        }
        getFooter().add(new Button(getTranslation("task.cancel"), e -> close()));
    }

    private FormLayout form() {
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (FormField f : form) {
            HasValue<?, String> field = field(f);
            field.setReadOnly(!f.editable());
            fields.put(f.name(), field);
            Component component = (Component) field;
            component.setId("field-" + f.name());
            layout.add(component);
            if (f.kind() == FormField.Kind.LONG_TEXT) {
                layout.setColspan(component, 2);
            }
        }
        return layout;
    }

    private HasValue<?, String> field(FormField f) {
        String label = getTranslation("field." + f.name());
        return switch (f.kind()) {
            case CHOICE -> {
                ComboBox<String> choice = new ComboBox<>(label, f.options());
                choice.setValue(f.value().isEmpty() ? null : f.value());
                yield choice;
            }
            case LONG_TEXT -> {
                TextArea area = new TextArea(label, f.value(), "");
                area.setMinHeight("body".equals(f.name()) ? "14em" : "4em");
                yield area;
            }
            case TEXT -> {
                TextField text = new TextField(label, f.value(), "");
                if (HELPED_FIELDS.contains(f.name())) {
                    text.setHelperText(getTranslation("field." + f.name() + ".helper"));
                }
                yield text;
            }
        };
    }

    private Div notices(List<Notice> notices) {
        Div box = new Div(new H4(getTranslation("task.findings")));
        box.addClassName("findings");
        if (notices.isEmpty()) {
            box.add(new Paragraph(getTranslation("task.findings.none")));
        }
        for (Notice n : notices) {
            Paragraph p = new Paragraph("【" + getTranslation("severity." + n.severity()) + "】" + n.message()
                    + (n.basis() == null ? "" : "（" + n.basis() + "）"));
            p.addClassName("finding-" + n.severity().toLowerCase());
            box.add(p);
        }
        return box;
    }

    private void markOnFields(List<Notice> notices) {
        for (Notice n : notices) {
            if (n.blocking() && fields.get(n.field()) instanceof HasValidation field && !fields.get(n.field()).isReadOnly()) {
                field.setInvalid(true);
                field.setErrorMessage(n.message());
            }
        }
    }

    /** Only fields the user changed are sent, so a read-only step never sends any. */
    TaskCompletion completion(String outcome) {
        Map<String, Object> changed = new LinkedHashMap<>();
        for (FormField f : form) {
            String after = fields.get(f.name()).getValue() == null ? "" : fields.get(f.name()).getValue();
            if (f.editable() && !Objects.equals(f.value(), after)) {
                changed.put(f.name(), after);
            }
        }
        return new TaskCompletion(outcome, opinion.getValue(), changed);
    }
}
