package org.zhiban.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.zhiban.cases.CaseFiles;
import org.zhiban.cases.ui.CasePanel;
import org.zhiban.document.DocumentEditing;
import org.zhiban.document.DocumentNumbers;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.ui.Formats;

/**
 * The 公文 section of the case view — the editor, the versions, the 发文字号 history and the 阅件 receipts — and in
 * the 拟稿 dialog the way into the editor, where the compliance panel sits beside the text.
 */
@org.springframework.stereotype.Component
class DocumentPanels implements CasePanel {

    private static final String CASE_TYPE = "document";

    private final DocumentEditing editing;
    private final CaseFiles caseFiles;
    private final VersionsTool versions;
    private final List<DocumentEditorTool> tools;

    DocumentPanels(DocumentEditing editing, CaseFiles caseFiles, VersionsTool versions, List<DocumentEditorTool> tools) {
        this.editing = editing;
        this.caseFiles = caseFiles;
        this.versions = versions;
        this.tools = tools;
    }

    @Override
    public Optional<Component> forCase(ZhibanUser user, String caseId) {
        if (!isDocument(caseId)) {
            return Optional.empty();
        }
        Div box = new Div();
        box.setId("document-panel");
        box.add(new H3(box.getTranslation("document.panel.title")));
        HorizontalLayout actions = new HorizontalLayout();
        Button editor = new Button(box.getTranslation(editing.draftTask(user, caseId).isPresent()
                ? "document.panel.edit" : "document.panel.read"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("documents/" + caseId + "/edit")));
        editor.setId("document-open-editor");
        actions.add(editor);
        tools.stream().filter(t -> !(t instanceof VersionsTool))
                .forEach(t -> t.button(user, caseId, false, java.util.Map::of, (k, v) -> { }).ifPresent(actions::add));
        Button history = new Button(box.getTranslation("document.versions.open"), e -> versions.open(user, caseId));
        actions.add(history);
        box.add(actions);
        List<DocumentNumbers.Entry> numbers = editing.numbers(user, caseId);
        for (DocumentNumbers.Entry n : numbers) {
            box.add(new Paragraph(box.getTranslation("document.panel.number." + n.state(), n.number(),
                    Formats.dateTime(n.assignedAt()), n.voidReason() == null ? "" : n.voidReason())));
        }
        for (DocumentEditing.Receipt r : editing.receipts(user, caseId)) {
            box.add(new Paragraph("read".equals(r.state())
                    ? box.getTranslation("document.panel.read.done", r.departmentName(), r.readByName(), Formats.dateTime(r.readAt()))
                    : box.getTranslation("document.panel.read.open", r.departmentName())));
        }
        return Optional.of(box);
    }

    @Override
    public Optional<Component> forTask(ZhibanUser user, String caseId, String activityId, BiConsumer<String, String> fill) {
        if (!isDocument(caseId) || !"draft".equals(activityId)) {
            return Optional.empty();
        }
        Button open = new Button();
        open.setText(open.getTranslation("document.panel.edit"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("task-open-editor");
        open.addClickListener(e -> open.getUI().ifPresent(ui -> ui.navigate("documents/" + caseId + "/edit")));
        Paragraph hint = new Paragraph(open.getTranslation("document.panel.editHint"));
        return Optional.of(new Div(open, hint));
    }

    private boolean isDocument(String caseId) {
        return caseFiles.find(caseId).map(f -> CASE_TYPE.equals(f.caseType())).orElse(false);
    }
}
