package org.zhiban.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhiban.cases.CaseViewing;
import org.zhiban.cases.FieldKind;
import org.zhiban.cases.FormField;
import org.zhiban.cases.ui.FieldEditors;
import org.zhiban.document.DocumentEditing;
import org.zhiban.document.writing.DocumentWriter;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Directory;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.inbox.TaskCompletion;
import org.zhiban.inbox.TaskWork;
import org.zhiban.rules.document.Finding;
import org.zhiban.shared.ui.Notifications;

/**
 * 公文编辑器 for 拟稿: the elements and the body on the left, the compliance panel on the right. Findings refresh
 * as the officer types (debounced); a click on one selects its span in its field, and a finding with a
 * replacement applies it in one click. Save keeps a version; submit sends the draft to 规范性检查 and 核稿.
 */
@Route("documents/:caseId/edit")
@RolesAllowed(Role.Names.OFFICER)
public class DocumentEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How long the officer pauses before the findings refresh. */
    private static final int CHECK_AFTER_MS = 700;

    private final DocumentEditing editing;
    private final CaseViewing caseViewing;
    private final TaskWork taskWork;
    private final Directory directory;
    private final List<DocumentEditorTool> tools;
    private final DocumentWriter writer;
    private final Map<String, FieldEditors.Editor> editors = new LinkedHashMap<>();
    private final Div findingsBox = new Div();
    private List<FormField> form = List.of();
    private String caseId;

    public DocumentEditorView(DocumentEditing editing, CaseViewing caseViewing, TaskWork taskWork, Directory directory,
                              List<DocumentEditorTool> tools, DocumentWriter writer) {
        this.writer = writer;
        this.editing = editing;
        this.caseViewing = caseViewing;
        this.taskWork = taskWork;
        this.directory = directory;
        this.tools = tools;
        setSizeFull();
        findingsBox.setId("editor-findings");
        findingsBox.addClassName("findings");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = event.getRouteParameters().get("caseId").orElse("");
        ZhibanUser user = CurrentUser.get();
        if (!Notifications.attempt(() -> build(user))) {
            event.forwardTo("inbox");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("document.editor.title") + " · " + caseId + " · " + getTranslation("app.name");
    }

    private void build(ZhibanUser user) {
        removeAll();
        editors.clear();
        form = caseViewing.form(user, caseId, "draft");
        boolean drafting = editing.draftTask(user, caseId).isPresent();
        FormLayout elements = new FormLayout();
        elements.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        Component bodyEditor = null;
        for (FormField f : form) {
            FieldEditors.Editor editor = FieldEditors.editor(new FormField(f.field(), f.value(), f.editable() && drafting),
                    this::getTranslation, directory.people(), directory.departments());
            editors.put(f.key(), editor);
            if (editor.component() instanceof HasValue<?, ?> field) {
                field.addValueChangeListener(e -> refreshFindings());
            }
            if ("body".equals(f.key())) {
                bodyEditor = editor.component();
                if (bodyEditor instanceof TextArea area) {
                    area.setValueChangeMode(ValueChangeMode.LAZY);
                    area.setValueChangeTimeout(CHECK_AFTER_MS);
                    area.setMinHeight("28em");
                    area.setWidthFull();
                    area.addClassName("document-body");
                }
            } else {
                if (editor.component() instanceof TextField text) {
                    text.setValueChangeMode(ValueChangeMode.LAZY);
                    text.setValueChangeTimeout(CHECK_AFTER_MS);
                }
                elements.add(editor.component());
                if (f.kind() == FieldKind.LONG_TEXT) {
                    elements.setColspan(editor.component(), 2);
                }
            }
        }
        VerticalLayout left = new VerticalLayout(elements);
        if (bodyEditor != null) {
            left.add(bodyEditor);
        }
        left.setPadding(false);
        VerticalLayout right = new VerticalLayout(new H4(getTranslation("document.editor.findings")), findingsBox);
        right.setPadding(false);
        SplitLayout split = new SplitLayout(left, right);
        split.setSplitterPosition(68);
        split.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (drafting) {
            Button save = new Button(getTranslation("document.editor.save"), e -> save(user));
            save.setId("editor-save");
            Button submit = new Button(getTranslation("document.editor.submit"), e -> submit(user));
            submit.setId("editor-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(save, submit);
            if (bodyEditor instanceof TextArea area) {
                Button polish = new Button(getTranslation("document.polish.open"), e -> polishSelection(user, area));
                polish.setId("editor-polish");
                toolbar.add(polish);
            }
        } else {
            toolbar.add(new Span(getTranslation("document.editor.readOnly")));
        }
        tools.forEach(tool -> tool.button(user, caseId, drafting, this::values, this::fill).ifPresent(toolbar::add));
        add(new H2(getTranslation("document.editor.title") + " · " + caseId), toolbar, split);
        refreshFindings();
    }

    /** The editor's text values by field key, as the live check and the tools read them. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        editors.forEach((key, editor) -> {
            Object v = editor.value();
            if (v == null || v instanceof String) {
                values.put(key, (String) v);
            }
        });
        return values;
    }

    /** Puts a text into a field's editor (a template, an AI draft, an import), for the officer to keep or change. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void fill(String key, String value) {
        FieldEditors.Editor editor = editors.get(key);
        if (editor != null && editor.component() instanceof HasValue field && !field.isReadOnly()
                && (editor.component() instanceof TextField || editor.component() instanceof TextArea)) {
            field.setValue(value == null ? "" : value);
        }
    }

    private void refreshFindings() {
        List<Finding> findings = editing.check(CurrentUser.get(), caseId, values());
        findingsBox.removeAll();
        if (findings.isEmpty()) {
            findingsBox.add(new Paragraph(getTranslation("task.findings.none")));
        }
        for (Finding f : findings) {
            findingsBox.add(findingRow(f));
        }
    }

    private Component findingRow(Finding f) {
        Div row = new Div();
        row.addClassName("finding-" + f.severity().name().toLowerCase());
        row.getStyle().set("cursor", "pointer").set("margin-bottom", "0.5em");
        Span head = new Span("【" + getTranslation("severity." + f.severity().name()) + "】"
                + getTranslation("field." + f.field()) + "：");
        head.getStyle().set("font-weight", "600");
        row.add(head, new Span(f.message()));
        Paragraph basis = new Paragraph(f.basis());
        basis.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                .set("margin", "0");
        row.add(basis);
        row.addClickListener(e -> select(f));
        if (FindingFix.applicable(f, values().get(f.field()))) {
            String label = f.suggestion().isEmpty() ? getTranslation("document.editor.applyDelete")
                    : f.start().equals(f.end()) ? getTranslation("document.editor.applyInsert", f.suggestion())
                    : getTranslation("document.editor.applyFix", f.suggestion());
            Button apply = new Button(label, e -> {
                fill(f.field(), FindingFix.apply(f, values().get(f.field())));
                refreshFindings();
            });
            apply.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            row.add(apply);
        }
        return row;
    }

    /** Selects the finding's span in its field (or just focuses the field), so the officer sees what is meant. */
    private void select(Finding f) {
        FieldEditors.Editor editor = editors.get(f.field());
        if (editor == null) {
            return;
        }
        int start = f.start() == null ? 0 : f.start();
        int end = f.end() == null ? start : f.end();
        editor.component().getElement().executeJs("""
                const input = this.inputElement || this.focusElement;
                if (input) { input.focus(); if (input.setSelectionRange) { input.setSelectionRange($0, $1); } }
                this.scrollIntoView({block: 'center'});""", start, end);
    }

    /** 润色: the selected passage reworded (or its wrong words corrected without a model), shown before it replaces. */
    private void polishSelection(ZhibanUser user, TextArea body) {
        body.getElement().executeJs("const i = this.inputElement; return [i.selectionStart, i.selectionEnd];")
                .then(elemental.json.JsonArray.class, range -> {
                    int start = (int) range.getNumber(0);
                    int end = (int) range.getNumber(1);
                    String text = body.getValue();
                    if (start >= end || end > text.length()) {
                        Notifications.error(getTranslation("document.polish.select"));
                        return;
                    }
                    Notifications.attempt(() -> {
                        DocumentWriter.Written w = writer.polish(user, caseId, text.substring(start, end), null, null);
                        PolishDialog.open(text.substring(start, end), w, polished ->
                                body.setValue(body.getValue().substring(0, start) + polished + body.getValue().substring(end)));
                    });
                });
    }

    private Map<String, Object> changed() {
        return FieldEditors.changed(form, editors);
    }

    private void save(ZhibanUser user) {
        Notifications.attempt(() -> {
            DocumentEditing.Saved saved = editing.save(user, caseId, changed());
            Notifications.success(getTranslation("document.editor.saved", saved.versionNo()));
            build(user);
        });
    }

    private void submit(ZhibanUser user) {
        Notifications.attempt(() -> {
            String taskId = editing.draftTask(user, caseId).orElseThrow();
            taskWork.complete(user, taskId, new TaskCompletion("submit", null, changed()));
            if (editing.draftTask(user, caseId).isPresent()) {
                Notifications.error(getTranslation("document.editor.sentBack"));
                build(user);
            } else {
                Notifications.success(getTranslation("document.editor.submitted"));
                getUI().ifPresent(ui -> ui.navigate("inbox"));
            }
        });
    }
}
