package org.zhiban.inbox.ui;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.zhiban.inbox.TaskCompletion;
import org.zhiban.inbox.WorkItem;
import org.zhiban.rules.document.DocumentType;
import org.zhiban.rules.document.Finding;
import org.zhiban.shared.ui.Notifications;

/** 办理对话框: the task's form (editable on 拟稿), the latest check findings, the opinion and one button per outcome. */
class TaskDialog extends Dialog {

    /** Order in which outcome buttons appear; the primary action first. */
    private static final List<String> OUTCOME_ORDER = List.of("submit", "approve", "return");
    private static final List<String> LONG_FIELDS = List.of("body", "attachmentNote");

    private final WorkItem item;
    private final Map<String, Object> data;
    private final Map<String, HasValue<?, String>> fields = new LinkedHashMap<>();
    final TextArea opinion = new TextArea();

    TaskDialog(WorkItem item, Map<String, Object> data, Consumer<TaskCompletion> complete) {
        this.item = item;
        this.data = data;
        setHeaderTitle(getTranslation("task.dialog.title", item.name()) + " · " + item.caseFile().caseId());
        setWidth("min(60rem, 95vw)");
        // Findings first: an officer whose draft came back needs to see why before anything else.
        add(findings(), form());
        markFindingsOnFields();
        opinion.setLabel(getTranslation("task.opinion"));
        opinion.setPlaceholder(getTranslation("task.opinion.placeholder"));
        opinion.setWidthFull();
        opinion.setMaxLength(TaskCompletion.MAX_OPINION_LENGTH);
        add(opinion);
        for (String outcome : OUTCOME_ORDER) {
            if (item.outcomes().contains(outcome)) {
                Button button = new Button(getTranslation("outcome." + outcome), e -> {
                    if (Notifications.attempt(() -> complete.accept(completion(outcome)))) {
                        Notifications.success(getTranslation("task.done", item.name()));
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
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (String name : List.of("docType", "title", "documentNumber", "issuingOrgan", "mainRecipients",
                "signingDate", "secrecyLevel", "urgency", "attachmentNote", "body")) {
            HasValue<?, String> field = field(name);
            field.setReadOnly(!item.editableFields().contains(name));
            fields.put(name, field);
            com.vaadin.flow.component.Component component = (com.vaadin.flow.component.Component) field;
            component.setId("field-" + name);
            form.add(component);
            if (LONG_FIELDS.contains(name)) {
                form.setColspan(component, 2);
            }
        }
        return form;
    }

    private HasValue<?, String> field(String name) {
        String label = getTranslation("field." + name);
        String value = data.get(name) == null ? "" : data.get(name).toString();
        if ("docType".equals(name)) {
            ComboBox<String> types = new ComboBox<>(label,
                    Arrays.stream(DocumentType.values()).map(DocumentType::term).toList());
            types.setValue(value.isEmpty() ? null : value);
            return types;
        }
        if (LONG_FIELDS.contains(name)) {
            TextArea area = new TextArea(label, value, "");
            area.setMinHeight("body".equals(name) ? "14em" : "4em");
            return area;
        }
        TextField field = new TextField(label, value, "");
        if (List.of("documentNumber", "signingDate", "mainRecipients").contains(name)) {
            field.setHelperText(getTranslation("field." + name + ".helper"));
        }
        return field;
    }

    private Div findings() {
        Div box = new Div(new H4(getTranslation("task.findings")));
        box.addClassName("findings");
        Object list = data.get("findings");
        if (!(list instanceof List<?> findings) || findings.isEmpty()) {
            box.add(new Paragraph(getTranslation("task.findings.none")));
            return box;
        }
        for (Object o : findings) {
            Finding f = (Finding) o;
            Paragraph p = new Paragraph("【" + getTranslation("severity." + f.severity().name()) + "】"
                    + f.message() + (f.basis() == null ? "" : "（" + f.basis() + "）"));
            p.addClassName("finding-" + f.severity().name().toLowerCase());
            box.add(p);
        }
        return box;
    }

    private void markFindingsOnFields() {
        if (!(data.get("findings") instanceof List<?> findings)) {
            return;
        }
        for (Object o : findings) {
            Finding f = (Finding) o;
            if (fields.get(f.field()) instanceof com.vaadin.flow.component.HasValidation field
                    && !((HasValue<?, ?>) field).isReadOnly() && f.severity().blocksSubmission()) {
                field.setInvalid(true);
                field.setErrorMessage(f.message());
            }
        }
    }

    /** Only fields the user changed are sent, so a read-only task never sends any. */
    TaskCompletion completion(String outcome) {
        Map<String, Object> changed = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            Object before = data.get(name) == null ? "" : data.get(name).toString();
            String after = field.getValue() == null ? "" : field.getValue();
            if (item.editableFields().contains(name) && !Objects.equals(before, after)) {
                changed.put(name, after);
            }
        });
        return new TaskCompletion(outcome, opinion.getValue(), changed);
    }
}
