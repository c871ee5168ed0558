package org.zhiban.cases.ui;

import com.vaadin.flow.component.grid.Grid;
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
import org.zhiban.cases.CaseDetails;
import org.zhiban.cases.CaseViewing;
import org.zhiban.cases.HistoryEntry;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Role;
import org.zhiban.shared.ui.Formats;
import org.zhiban.shared.web.ApiProblem;
import org.zhiban.ui.bpmn.BpmnViewer;

/** 案件详情: the case's data, where it stands on its process diagram, and who did what with which opinion. */
@Route("cases/:caseId")
@RolesAllowed({Role.Names.OFFICER, Role.Names.REVIEWER, Role.Names.LEADER, Role.Names.AUDITOR})
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<String> SHOWN_FIELDS = List.of("docType", "title", "documentNumber", "issuingOrgan",
            "mainRecipients", "signingDate", "secrecyLevel", "urgency", "attachmentNote");

    private final CaseViewing caseViewing;
    final BpmnViewer diagram = new BpmnViewer();
    final Grid<HistoryEntry> history = new Grid<>(HistoryEntry.class, false);
    private String title = "";

    public CaseView(CaseViewing caseViewing) {
        this.caseViewing = caseViewing;
        diagram.setWidthFull();
        diagram.setHeight("320px");
        diagram.setEmptyText(getTranslation("diagram.empty"));
        diagram.setErrorText(getTranslation("diagram.error"));
        diagram.setZoomButtonLabels(getTranslation("diagram.zoomIn"), getTranslation("diagram.zoomOut"),
                getTranslation("diagram.fit"));
        diagram.setAriaLabel(getTranslation("case.diagram"));
        history.addColumn(HistoryEntry::activity).setHeader(getTranslation("case.history.activity")).setAutoWidth(true);
        history.addColumn(h -> h.userName() == null ? "" : h.userName()).setHeader(getTranslation("case.history.user")).setAutoWidth(true);
        history.addColumn(h -> h.outcome() == null ? "" : getTranslation("outcome." + h.outcome()))
                .setHeader(getTranslation("case.history.outcome")).setAutoWidth(true);
        history.addColumn(h -> h.opinion() == null ? "" : h.opinion()).setHeader(getTranslation("case.history.opinion")).setFlexGrow(3);
        history.addColumn(h -> Formats.dateTime(h.time())).setHeader(getTranslation("case.history.time")).setAutoWidth(true);
        history.setAllRowsVisible(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String caseId = event.getRouteParameters().get("caseId").orElse("");
        removeAll();
        try {
            show(caseViewing.details(CurrentUser.get(), caseId), caseViewing.diagram(CurrentUser.get(), caseId));
        } catch (ApiProblem notReadable) {
            title = getTranslation("case.notFound");
            add(new H2(title));
        }
    }

    private void show(CaseDetails c, String xml) {
        title = c.caseId() + " " + c.title();
        Span state = new Span(getTranslation("case.state." + c.state()));
        state.getElement().getThemeList().add("badge " + switch (c.state()) {
            case "incident" -> "error";
            case "completed" -> "success";
            default -> "";
        });
        state.setId("case-state");
        HorizontalLayout header = new HorizontalLayout(new H2(title), state);
        header.setAlignItems(Alignment.BASELINE);
        Paragraph meta = new Paragraph(getTranslation("case.department") + "：" + c.departmentName() + "　"
                + getTranslation("case.initiator") + "：" + c.initiatorName() + "　"
                + getTranslation("case.created") + "：" + Formats.dateTime(c.createdAt()));
        diagram.setDiagramXml(xml);
        diagram.setActiveActivities(c.activeActivities());
        diagram.setCompletedActivities(c.passedActivities());
        diagram.setIncidentActivities(c.incidentActivities());
        history.setItems(c.history());
        add(header, meta, new H3(getTranslation("case.diagram")), diagram, new H3(getTranslation("case.data")),
                data(c.data()), new H3(getTranslation("case.history")), history);
    }

    private VerticalLayout data(Map<String, Object> data) {
        FormLayout form = new FormLayout();
        for (String name : SHOWN_FIELDS) {
            Object value = data.get(name);
            TextField field = new TextField(getTranslation("field." + name), value == null ? "" : value.toString(), "");
            field.setReadOnly(true);
            form.add(field);
        }
        Pre body = new Pre(data.get("body") == null ? "" : data.get("body").toString());
        body.addClassName("document-body");
        VerticalLayout box = new VerticalLayout(form, body);
        box.setPadding(false);
        if (data.get("archivedObjectKey") != null) {
            box.add(new Paragraph(getTranslation("case.archived", data.get("archivedObjectKey"))));
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
