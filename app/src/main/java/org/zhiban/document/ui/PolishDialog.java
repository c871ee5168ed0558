package org.zhiban.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.zhiban.document.writing.DocumentWriter;

/** The selected passage beside its polished wording, with what produced it; the officer replaces or keeps. */
final class PolishDialog {

    private PolishDialog() {
    }

    static void open(String original, DocumentWriter.Written written, Consumer<String> replace) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("document.polish.title"));
        dialog.setWidth("min(60rem, 96vw)");
        TextArea before = new TextArea(dialog.getTranslation("document.polish.before"), original, "");
        before.setReadOnly(true);
        TextArea after = new TextArea(dialog.getTranslation("document.polish.after"), written.result().value(), "");
        after.setId("polish-result");
        before.setWidthFull();
        after.setWidthFull();
        HorizontalLayout pair = new HorizontalLayout(before, after);
        pair.setWidthFull();
        String note = DocumentWriter.fallbackNote(written);
        Paragraph notice = new Paragraph((written.result().notice() == null ? "" : written.result().notice())
                + (note == null ? "" : " " + note));
        Button apply = new Button(dialog.getTranslation("document.polish.apply"), e -> {
            replace.accept(after.getValue());
            dialog.close();
        });
        apply.setId("polish-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(notice, pair);
        dialog.getFooter().add(apply, new Button(dialog.getTranslation("document.draft.discard"), e -> dialog.close()));
        dialog.open();
    }
}
