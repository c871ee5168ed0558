package org.zhiban.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import org.zhiban.document.DocumentDrafting;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Role;
import org.zhiban.rules.document.DocumentType;
import org.zhiban.shared.ui.Notifications;

/** 新建公文: title, type and a first body; the case starts and its 拟稿 task lands in the officer's inbox. */
@Route("documents/new")
@Menu(order = 3, icon = "vaadin:file-add", title = "nav.newDocument")
@RolesAllowed(Role.Names.OFFICER)
public class NewDocumentView extends VerticalLayout implements HasDynamicTitle {

    final TextField title = new TextField();
    final ComboBox<String> docType = new ComboBox<>();
    final TextArea body = new TextArea();
    final Button create = new Button();

    public NewDocumentView(DocumentDrafting drafting) {
        setMaxWidth("60rem");
        title.setLabel(getTranslation("field.title"));
        title.setWidthFull();
        title.setRequired(true);
        title.setId("new-title");
        docType.setLabel(getTranslation("field.docType"));
        docType.setItems(Arrays.stream(DocumentType.values()).map(DocumentType::term).toList());
        docType.setValue(DocumentType.NOTICE.term());
        docType.setId("new-docType");
        body.setLabel(getTranslation("field.body"));
        body.setWidthFull();
        body.setMinHeight("16em");
        body.setId("new-body");
        create.setText(getTranslation("document.new.submit"));
        create.setId("new-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> Notifications.attempt(() -> {
            DocumentDrafting.Started started = drafting.start(CurrentUser.get(),
                    new DocumentDrafting.NewDocument(title.getValue(), docType.getValue(), body.getValue()));
            Notifications.success(getTranslation("document.new.created", started.caseId()));
            getUI().ifPresent(ui -> ui.navigate("inbox"));
        }));
        add(new H2(getTranslation("document.new.title")), new Paragraph(getTranslation("document.new.hint")),
                docType, title, body, create);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("document.new.title") + " · " + getTranslation("app.name");
    }
}
