package org.zhiban.ui.bpmn;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A read-only BPMN 2.0 diagram (流程图) rendered by bpmn-js, with markers that show where a case stands:
 * the activities it is at now, the ones it has passed, and the ones with an incident.
 *
 * <p>All state lives in element properties rather than in client-side calls, so Flow re-sends it when the
 * component is detached and attached again and the browser rebuilds the same picture. The element renders
 * into its light DOM because bpmn-js's stylesheets are global; the three {@code @CssImport}s put them,
 * and our marker styles, into the document.
 *
 * <p>Texts shown to the user (empty and error state, zoom button labels) come from the caller so the
 * application can localise them; the browser side falls back to Chinese defaults for the button labels only.
 */
@Tag("zhiban-bpmn-viewer")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@JsModule("./zhiban/bpmn-viewer.js")
@CssImport("bpmn-js/dist/assets/diagram-js.css")
@CssImport("bpmn-js/dist/assets/bpmn-js.css")
@CssImport("./zhiban/bpmn-viewer.css")
public class BpmnViewer extends Component implements HasSize, HasStyle, HasAriaLabel {

    static final String DIAGRAM_XML = "diagramXml";
    static final String ACTIVE_ACTIVITIES = "activeActivities";
    static final String COMPLETED_ACTIVITIES = "completedActivities";
    static final String INCIDENT_ACTIVITIES = "incidentActivities";
    static final String EMPTY_TEXT = "emptyText";
    static final String ERROR_TEXT = "errorText";
    static final String ZOOM_IN_LABEL = "zoomInLabel";
    static final String ZOOM_OUT_LABEL = "zoomOutLabel";
    static final String FIT_LABEL = "fitLabel";

    public BpmnViewer() {
        // A diagram is a figure: screen readers announce it with the aria-label the application sets.
        getElement().setAttribute("role", "figure");
        setDiagramXml(null);
        setActiveActivities(List.of());
        setCompletedActivities(List.of());
        setIncidentActivities(List.of());
    }

    /** Shows the given BPMN 2.0 XML; {@code null} or blank shows the empty state. */
    public void setDiagramXml(String xml) {
        getElement().setProperty(DIAGRAM_XML, xml == null ? "" : xml);
    }

    public String getDiagramXml() {
        return getElement().getProperty(DIAGRAM_XML, "");
    }

    /** Marks the activities the case is at now. Ids not in the diagram are ignored by the browser. */
    public void setActiveActivities(Collection<String> activityIds) {
        setIdList(ACTIVE_ACTIVITIES, activityIds);
    }

    public List<String> getActiveActivities() {
        return getIdList(ACTIVE_ACTIVITIES);
    }

    /** Marks the activities the case has passed, more quietly than the active ones. */
    public void setCompletedActivities(Collection<String> activityIds) {
        setIdList(COMPLETED_ACTIVITIES, activityIds);
    }

    public List<String> getCompletedActivities() {
        return getIdList(COMPLETED_ACTIVITIES);
    }

    /** Marks the activities where the engine raised an incident; shown in red, above the other markers. */
    public void setIncidentActivities(Collection<String> activityIds) {
        setIdList(INCIDENT_ACTIVITIES, activityIds);
    }

    public List<String> getIncidentActivities() {
        return getIdList(INCIDENT_ACTIVITIES);
    }

    /** Text shown instead of a diagram when there is no XML (and when it is invalid, unless an error text is set). */
    public void setEmptyText(String text) {
        getElement().setProperty(EMPTY_TEXT, text == null ? "" : text);
    }

    public String getEmptyText() {
        return getElement().getProperty(EMPTY_TEXT, "");
    }

    /** Text shown instead of a diagram when the XML cannot be rendered; blank falls back to the empty text. */
    public void setErrorText(String text) {
        getElement().setProperty(ERROR_TEXT, text == null ? "" : text);
    }

    public String getErrorText() {
        return getElement().getProperty(ERROR_TEXT, "");
    }

    /** Accessible names (and tooltips) of the zoom-in, zoom-out and fit-to-view buttons. */
    public void setZoomButtonLabels(String zoomIn, String zoomOut, String fitToView) {
        getElement().setProperty(ZOOM_IN_LABEL, Objects.requireNonNull(zoomIn, "zoomIn"));
        getElement().setProperty(ZOOM_OUT_LABEL, Objects.requireNonNull(zoomOut, "zoomOut"));
        getElement().setProperty(FIT_LABEL, Objects.requireNonNull(fitToView, "fitToView"));
    }

    /** Notified when the browser could not render the XML; see {@link DiagramErrorEvent#getMessage()}. */
    public Registration addDiagramErrorListener(ComponentEventListener<DiagramErrorEvent> listener) {
        return addListener(DiagramErrorEvent.class, listener);
    }

    private void setIdList(String property, Collection<String> activityIds) {
        Objects.requireNonNull(activityIds, property);
        ArrayNode ids = JsonNodeFactory.instance.arrayNode();
        // A set keeps the caller's order but sends each id once, e.g. when two tokens wait at one task.
        new LinkedHashSet<>(activityIds).forEach(id -> ids.add(Objects.requireNonNull(id, "activity id")));
        getElement().setPropertyJson(property, ids);
    }

    private List<String> getIdList(String property) {
        Serializable raw = getElement().getPropertyRaw(property);
        List<String> ids = new ArrayList<>();
        if (raw instanceof ArrayNode array) {
            array.forEach(id -> ids.add(id.asText()));
        }
        return List.copyOf(ids);
    }
}
