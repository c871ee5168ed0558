package org.zhiban.cases.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.zhiban.cases.CaseAttachments;
import org.zhiban.cases.CaseDetails;
import org.zhiban.cases.CaseViewing;
import org.zhiban.cases.FieldKind;
import org.zhiban.cases.FormField;
import org.zhiban.cases.HistoryEntry;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Directory;
import org.zhiban.identity.Role;
import org.zhiban.shared.ui.Formats;
import org.zhiban.shared.Refusal;
import org.zhiban.ui.bpmn.BpmnViewer;

/** 案件详情: the case's data, where it stands on its process diagram, and who did what with which opinion. */
@Route("cases/:caseId")
@RolesAllowed({Role.Names.OFFICER, Role.Names.REVIEWER, Role.Names.LEADER, Role.Names.AUDITOR})
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseViewing caseViewing;
    private final Directory directory;
    private final CaseAttachments attachments;
    private final List<CasePanel> panels;
    final BpmnViewer diagram = new BpmnViewer();
    final Grid<HistoryEntry> history = new Grid<>(HistoryEntry.class, false);
    private String title = "";

    public CaseView(CaseViewing caseViewing, Directory directory, CaseAttachments attachments, List<CasePanel> panels) {
        this.panels = panels;
        this.caseViewing = caseViewing;
        this.directory = directory;
        this.attachments = attachments;
        diagram.setWidthFull();
        diagram.setHeight("320px");
        diagram.setEmptyText(getTranslation("diagram.empty"));
        diagram.setErrorText(getTranslation("diagram.error"));
        diagram.setZoomButtonLabels(getTranslation("diagram.zoomIn"), getTranslation("diagram.zoomOut"),
                getTranslation("diagram.fit"));
        diagram.setAriaLabel(getTranslation("case.diagram"));
        history.addColumn(HistoryEntry::activity).setHeader(getTranslation("case.history.activity")).setAutoWidth(true);
        history.addColumn(h -> h.userName() == null ? "" : h.userName()).setHeader(getTranslation("case.history.user")).setAutoWidth(true);
        history.addColumn(h -> h.outcomeLabelKey() == null ? "" : getTranslation(h.outcomeLabelKey()))
                .setHeader(getTranslation("case.history.outcome")).setAutoWidth(true);
        history.addColumn(h -> h.opinion() == null ? "" : h.opinion()).setHeader(getTranslation("case.history.opinion")).setFlexGrow(3);
        history.addColumn(h -> Formats.dateTime(h.time())).setHeader(getTranslation("case.history.time")).setAutoWidth(true);
        history.setAllRowsVisible(true);
        history.setId("case-history");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String caseId = event.getRouteParameters().get("caseId").orElse("");
        removeAll();
        try {
            show(caseViewing.details(CurrentUser.get(), caseId), caseViewing.diagram(CurrentUser.get(), caseId),
                    caseViewing.form(CurrentUser.get(), caseId, null));
        } catch (Refusal notReadable) {
            title = getTranslation("case.notFound");
            add(new H2(title));
        }
    }

    private void show(CaseDetails c, String xml, List<FormField> form) {
        title = c.caseId() + " " + c.title();
        Span state = new Span(getTranslation("case.state." + c.state()));
        state.getElement().getThemeList().add("badge " + switch (c.state()) {
            case "incident" -> "error";
            case "completed" -> "success";
            default -> "";
        });
        state.setId("case-state");
        // The trail lives in the audit feature; linked by route so cases does not depend on it.
        Anchor trail = new Anchor("audit?case=" + c.caseId(), getTranslation("case.reviewTrail"));
        trail.setId("case-review-trail");
        HorizontalLayout header = new HorizontalLayout(new H2(title), state, trail);
        header.setAlignItems(Alignment.BASELINE);
        Paragraph meta = new Paragraph(getTranslation("case.classification") + "：" + c.classification() + "　"
                + getTranslation("case.department") + "：" + c.departmentName() + "　"
                + getTranslation("case.initiator") + "：" + c.initiatorName() + "　"
                + getTranslation("case.created") + "：" + Formats.dateTime(c.createdAt()));
        diagram.setDiagramXml(xml);
        diagram.setActiveActivities(c.activeActivities());
        diagram.setCompletedActivities(c.passedActivities());
        diagram.setIncidentActivities(c.incidentActivities());
        history.setItems(c.history());
        add(header, meta, new H3(getTranslation("case.diagram")), diagram, new H3(getTranslation("case.data")),
                data(form), new H3(getTranslation("case.attachments")),
                new AttachmentsPanel(attachments, CurrentUser.get(), c.caseId(), directory.displayNames()));
        panels.forEach(p -> p.forCase(CurrentUser.get(), c.caseId()).ifPresent(this::add));
        add(new H3(getTranslation("case.history")), history);
    }

    /** Short fields in a form grid; long texts (正文) below in full, as they read on paper. */
    private VerticalLayout data(List<FormField> form) {
        FormLayout grid = new FormLayout();
        VerticalLayout box = new VerticalLayout(grid);
        box.setPadding(false);
        Map<String, String> people = directory.displayNamesOf(form.stream()
                .filter(f -> f.kind() == FieldKind.PERSON && f.value() != null).map(f -> f.value().toString()).toList());
        Map<String, String> departments = directory.departments();
        for (FormField f : form) {
            String value = FieldEditors.display(f, people, departments);
            if (f.kind() == FieldKind.LONG_TEXT) {
                if (!value.isBlank()) {
                    Pre text = new Pre(value);
                    text.addClassName("document-body");
                    text.getStyle().set("white-space", "pre-wrap");
                    box.add(new Paragraph(getTranslation(f.field().labelKey())), text);
                }
            } else if (!value.isBlank()) {
                TextField field = new TextField(getTranslation(f.field().labelKey()), value, "");
                field.setReadOnly(true);
                field.setId("case-field-" + f.key());
                grid.add(field);
            }
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
