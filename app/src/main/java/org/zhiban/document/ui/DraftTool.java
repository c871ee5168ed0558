package org.zhiban.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.springframework.core.annotation.Order;
import org.zhiban.document.writing.DocumentTemplate;
import org.zhiban.document.writing.DocumentTemplates;
import org.zhiban.document.writing.DocumentWriter;
import org.zhiban.document.writing.DraftInputs;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.rules.document.Direction;
import org.zhiban.rules.document.DocumentType;
import org.zhiban.shared.ui.Notifications;

/**
 * 起草: the template library of the 文种 (each form with its structure and a preview) and drafting from title and
 * key points — by the model when one may answer, else the chosen template filled in, said so. The result is shown
 * first; the officer adopts it into the body or leaves it, and the decision is recorded when 拟稿 is submitted.
 */
@org.springframework.stereotype.Component
@Order(30)
class DraftTool implements DocumentEditorTool {

    private final DocumentTemplates templates;
    private final DocumentWriter writer;

    DraftTool(DocumentTemplates templates, DocumentWriter writer) {
        this.templates = templates;
        this.writer = writer;
    }

    @Override
    public Optional<Component> button(ZhibanUser user, String caseId, boolean drafting,
                                      Supplier<Map<String, String>> values, BiConsumer<String, String> fill) {
        if (!drafting) {
            return Optional.empty();
        }
        Button button = new Button();
        button.setText(button.getTranslation("document.draft.open"));
        button.setId("editor-draft");
        button.addClickListener(e -> Notifications.attempt(() -> open(user, caseId, values.get(), fill)));
        return Optional.of(button);
    }

    private void open(ZhibanUser user, String caseId, Map<String, String> values, BiConsumer<String, String> fill) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("document.draft.title"));
        dialog.setWidth("min(64rem, 96vw)");
        ComboBox<DocumentType> type = new ComboBox<>(dialog.getTranslation("field.docType"),
                Arrays.asList(DocumentType.values()));
        type.setItemLabelGenerator(DocumentType::term);
        type.setValue(Arrays.stream(DocumentType.values()).filter(t -> t.term().equals(values.get("docType")))
                .findFirst().orElse(DocumentType.NOTICE));
        ComboBox<DocumentTemplate> form = new ComboBox<>(dialog.getTranslation("document.draft.form"));
        form.setItemLabelGenerator(t -> t.form() + "（" + t.structure() + "）");
        form.setId("draft-form");
        Pre preview = new Pre();
        preview.getStyle().set("white-space", "pre-wrap").set("font-family", "FangSong, STFangsong, serif")
                .set("max-height", "14em").set("overflow", "auto");
        Runnable forms = () -> {
            List<DocumentTemplate> of = templates.of(type.getValue());
            form.setItems(of);
            form.setValue(of.isEmpty() ? null : of.get(0));
        };
        form.addValueChangeListener(e -> preview.setText(e.getValue() == null ? "" : templates.preview(e.getValue())));
        type.addValueChangeListener(e -> forms.run());
        forms.run();
        TextField title = new TextField(dialog.getTranslation("field.title"), values.getOrDefault("title", ""), "");
        title.setWidthFull();
        TextField recipients = new TextField(dialog.getTranslation("field.mainRecipients"),
                values.getOrDefault("mainRecipients", "") == null ? "" : values.getOrDefault("mainRecipients", ""), "");
        TextField reason = new TextField(dialog.getTranslation("document.draft.reason"));
        TextArea points = new TextArea(dialog.getTranslation("document.draft.points"));
        points.setPlaceholder(dialog.getTranslation("document.draft.points.placeholder"));
        points.setWidthFull();
        points.setMinHeight("8em");
        points.setId("draft-points");
        FormLayout inputs = new FormLayout(type, form, title, recipients, reason, points);
        inputs.setColspan(title, 2);
        inputs.setColspan(points, 2);
        TextArea result = new TextArea(dialog.getTranslation("document.draft.result"));
        result.setWidthFull();
        result.setMinHeight("14em");
        result.setId("draft-result");
        result.setVisible(false);
        Paragraph notice = new Paragraph();
        notice.setId("draft-notice");
        Button adopt = new Button(dialog.getTranslation("document.draft.adopt"));
        adopt.setId("draft-adopt");
        adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        adopt.setEnabled(false);
        String[] attachmentNote = {null};
        Button compose = new Button(dialog.getTranslation("document.draft.compose"), e -> Notifications.attempt(() -> {
            Direction direction = Direction.parse(values.get("direction"));
            DraftInputs in = new DraftInputs(type.getValue(), form.getValue() == null ? null : form.getValue().form(),
                    direction, title.getValue(), lines(points.getValue()), blankToNull(recipients.getValue()),
                    blankToNull(reason.getValue()), List.of(), null, null);
            DocumentWriter.Written written = writer.draft(user, caseId, in, null);
            result.setValue(written.result().value());
            result.setVisible(true);
            attachmentNote[0] = written.attachmentNote();
            String note = DocumentWriter.fallbackNote(written);
            notice.setText((written.result().fallback() ? "" : dialog.getTranslation("document.draft.byModel",
                    written.result().model()) + " ") + (written.result().notice() == null ? "" : written.result().notice())
                    + (note == null ? "" : " " + note));
            adopt.setEnabled(true);
        }));
        compose.setId("draft-compose");
        adopt.addClickListener(e -> {
            fill.accept("body", result.getValue());
            if (attachmentNote[0] != null) {
                fill.accept("attachmentNote", attachmentNote[0]);
            }
            Notifications.success(dialog.getTranslation("document.draft.adopted"));
            dialog.close();
        });
        dialog.add(new VerticalLayout(inputs, new Paragraph(dialog.getTranslation("document.draft.preview")), preview,
                compose, notice, result));
        dialog.getFooter().add(adopt, new Button(dialog.getTranslation("document.draft.discard"), e -> dialog.close()));
        dialog.open();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
