package org.zhiban.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.zhiban.cases.FieldKind;
import org.zhiban.cases.FormField;
import org.zhiban.cases.Notice;
import org.zhiban.cases.Outcome;
import org.zhiban.cases.ui.FieldEditors;
import org.zhiban.inbox.TaskCompletion;
import org.zhiban.inbox.WorkItem;
import org.zhiban.shared.ui.Notifications;

/**
 * 办理对话框: what the latest automated step found, the case's form (editable where the step allows), the opinion
 * and exactly the outcomes the step declares, in their order and style. Knows nothing of any case type.
 */
class TaskDialog extends Dialog {

    private final List<FormField> form;
    private final Map<String, FieldEditors.Editor> editors = new LinkedHashMap<>();
    final TextArea opinion = new TextArea();

    TaskDialog(WorkItem item, List<FormField> form, List<Notice> notices, Map<String, String> people,
               Map<String, String> departments, Consumer<TaskCompletion> complete) {
        this(item, form, notices, people, departments, List.of(), complete);
    }

    /** @param panels features' sections for this task (an AI step's suggestion), shown between findings and form */
    TaskDialog(WorkItem item, List<FormField> form, List<Notice> notices, Map<String, String> people,
               Map<String, String> departments, List<java.util.function.Function<java.util.function.BiConsumer<String, String>,
               java.util.Optional<com.vaadin.flow.component.Component>>> panels, Consumer<TaskCompletion> complete) {
        this.form = form;
        setHeaderTitle(getTranslation("task.dialog.title", item.name()) + " · " + item.caseFile().caseId());
        setWidth("min(60rem, 95vw)");
        // Findings first: an officer whose draft came back needs to see why before anything else.
        add(notices(notices));
        FormLayout fields = form(people, departments);
        panels.forEach(panel -> panel.apply(this::fill).ifPresent(this::add));
        add(fields);
        markOnFields(notices);
        opinion.setLabel(getTranslation("task.opinion"));
        opinion.setPlaceholder(getTranslation("task.opinion.placeholder"));
        opinion.setWidthFull();
        opinion.setMaxLength(TaskCompletion.MAX_OPINION_LENGTH);
        opinion.setId("task-opinion");
        add(opinion);
        for (Outcome outcome : item.outcomeOptions()) {
            Button button = new Button(getTranslation(outcome.labelKey()), e -> decide(outcome, complete));
            button.setId("outcome-" + outcome.id());
            switch (outcome.style()) {
                case PRIMARY -> button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                case DANGER -> button.addThemeVariants(ButtonVariant.LUMO_ERROR);
                case NORMAL -> { }
            }
            getFooter().add(button);
        }
        getFooter().add(new Button(getTranslation("task.cancel"), e -> close()));
    }

    private void decide(Outcome outcome, Consumer<TaskCompletion> complete) {
        if (outcome.opinionRequired() && opinion.getValue().isBlank()) {
            opinion.setInvalid(true);
            opinion.setErrorMessage(getTranslation("task.opinion.required"));
            opinion.focus();
            return;
        }
        if (Notifications.attempt(() -> complete.accept(completion(outcome.id())))) {
            close();
        }
    }

    private FormLayout form(Map<String, String> people, Map<String, String> departments) {
        FormLayout layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (FormField f : form) {
            FieldEditors.Editor editor = FieldEditors.editor(f, this::getTranslation, people, departments);
            editors.put(f.key(), editor);
            layout.add(editor.component());
            if (f.kind() == FieldKind.LONG_TEXT) {
                layout.setColspan(editor.component(), 2);
            }
        }
        return layout;
    }

    private Div notices(List<Notice> notices) {
        Div box = new Div(new H4(getTranslation("task.findings")));
        box.addClassName("findings");
        if (notices.isEmpty()) {
            box.add(new Paragraph(getTranslation("task.findings.none")));
        }
        for (Notice n : notices) {
            Paragraph p = new Paragraph("【" + getTranslation("severity." + n.severity()) + "】"
                    + (n.field() == null ? "" : getTranslation("field." + n.field()) + "：") + n.message()
                    + (n.basis() == null ? "" : "（" + n.basis() + "）"));
            p.addClassName("finding-" + n.severity().toLowerCase());
            box.add(p);
        }
        return box;
    }

    private void markOnFields(List<Notice> notices) {
        for (Notice n : notices) {
            FormField field = form.stream().filter(f -> f.key().equals(n.field())).findFirst().orElse(null);
            if (n.blocking() && field != null && field.editable()) {
                editors.get(n.field()).showError(n.message());
            }
        }
    }

    /** Puts a value into a text field's editor (an adopted AI suggestion), for the officer to submit or change. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void fill(String key, String value) {
        FieldEditors.Editor editor = editors.get(key);
        FormField field = form.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
        if (editor != null && field != null && field.editable()
                && editor.component() instanceof com.vaadin.flow.component.HasValue hasValue
                && (field.kind() == FieldKind.TEXT || field.kind() == FieldKind.LONG_TEXT)) {
            hasValue.setValue(value);
        }
    }

    /** Only fields the user changed are sent, so a read-only step never sends any. */
    TaskCompletion completion(String outcome) {
        return new TaskCompletion(outcome, opinion.getValue(), FieldEditors.changed(form, editors));
    }
}
