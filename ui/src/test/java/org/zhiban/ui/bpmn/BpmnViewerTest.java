package org.zhiban.ui.bpmn;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.DomEvent;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class BpmnViewerTest {

    private static final String XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
              <bpmn:process id="p"><bpmn:startEvent id="start"/></bpmn:process>
            </bpmn:definitions>
            """;

    private BpmnViewer viewer;

    @BeforeEach
    void open_a_ui_with_a_viewer() {
        MockVaadin.setup();
        viewer = new BpmnViewer();
        UI.getCurrent().add(viewer);
    }

    @AfterEach
    void close_the_ui() {
        MockVaadin.tearDown();
    }

    @Test
    void renders_as_the_custom_element_of_the_js_module() {
        assertThat(viewer.getElement().getTag()).isEqualTo("zhiban-bpmn-viewer");
        assertThat(viewer.getElement().getAttribute("role")).isEqualTo("figure");
    }

    @Test
    void starts_without_a_diagram_and_without_markers() {
        assertThat(viewer.getElement().getProperty("diagramXml")).isEmpty();
        assertThat(idsInProperty("activeActivities")).isEmpty();
        assertThat(idsInProperty("completedActivities")).isEmpty();
        assertThat(idsInProperty("incidentActivities")).isEmpty();
    }

    @Test
    void passes_the_diagram_xml_to_the_element_unchanged() {
        viewer.setDiagramXml(XML);

        assertThat(viewer.getElement().getProperty("diagramXml")).isEqualTo(XML);
        assertThat(viewer.getDiagramXml()).isEqualTo(XML);
    }

    @Test
    void treats_a_missing_diagram_as_empty_text_so_the_element_shows_its_empty_state() {
        viewer.setDiagramXml(XML);
        viewer.setDiagramXml(null);

        assertThat(viewer.getElement().getProperty("diagramXml")).isEmpty();
    }

    @Test
    void sends_each_marker_list_as_a_json_array_property() {
        viewer.setActiveActivities(List.of("approve"));
        viewer.setCompletedActivities(List.of("start", "draft"));
        viewer.setIncidentActivities(Set.of("sign"));

        assertThat(idsInProperty("activeActivities")).containsExactly("approve");
        assertThat(idsInProperty("completedActivities")).containsExactly("start", "draft");
        assertThat(idsInProperty("incidentActivities")).containsExactly("sign");
        assertThat(viewer.getCompletedActivities()).containsExactly("start", "draft");
    }

    @Test
    void sends_an_activity_waited_at_by_two_tokens_once_in_first_seen_order() {
        viewer.setActiveActivities(List.of("review", "countersign", "review"));

        assertThat(viewer.getActiveActivities()).containsExactly("review", "countersign");
    }

    @Test
    void replaces_markers_instead_of_adding_to_them() {
        viewer.setActiveActivities(List.of("draft"));
        viewer.setActiveActivities(List.of("approve"));

        assertThat(idsInProperty("activeActivities")).containsExactly("approve");
    }

    @Test
    void does_not_let_a_later_change_to_the_callers_list_reach_the_element() {
        List<String> ids = new ArrayList<>(List.of("draft"));
        viewer.setActiveActivities(ids);

        ids.add("approve");

        assertThat(viewer.getActiveActivities()).containsExactly("draft");
    }

    @Test
    void rejects_a_missing_activity_list_or_id() {
        assertThatNullPointerException().isThrownBy(() -> viewer.setActiveActivities(null));
        assertThatNullPointerException().isThrownBy(() -> viewer.setIncidentActivities(Arrays.asList("a", null)));
    }

    @Test
    void passes_the_localised_empty_and_error_texts() {
        viewer.setEmptyText("暂无流程图");
        viewer.setErrorText("流程图无法显示");

        assertThat(viewer.getElement().getProperty("emptyText")).isEqualTo("暂无流程图");
        assertThat(viewer.getElement().getProperty("errorText")).isEqualTo("流程图无法显示");
    }

    @Test
    void passes_the_localised_zoom_button_labels() {
        viewer.setZoomButtonLabels("Zoom in", "Zoom out", "Fit to view");

        assertThat(viewer.getElement().getProperty("zoomInLabel")).isEqualTo("Zoom in");
        assertThat(viewer.getElement().getProperty("zoomOutLabel")).isEqualTo("Zoom out");
        assertThat(viewer.getElement().getProperty("fitLabel")).isEqualTo("Fit to view");
    }

    @Test
    void sets_the_accessible_name_as_aria_label() {
        viewer.setAriaLabel("公文审批流程图");

        assertThat(viewer.getElement().getAttribute("aria-label")).isEqualTo("公文审批流程图");
    }

    @Test
    void keeps_its_state_on_the_element_when_detached_and_attached_again() {
        viewer.setDiagramXml(XML);
        viewer.setActiveActivities(List.of("approve"));
        viewer.setEmptyText("暂无流程图");
        Div otherPlace = new Div();
        UI.getCurrent().add(otherPlace);

        UI.getCurrent().remove(viewer);
        otherPlace.add(viewer);

        assertThat(viewer.getElement().getProperty("diagramXml")).isEqualTo(XML);
        assertThat(idsInProperty("activeActivities")).containsExactly("approve");
        assertThat(viewer.getElement().getProperty("emptyText")).isEqualTo("暂无流程图");
    }

    @Test
    void tells_listeners_the_message_of_a_diagram_error_from_the_browser() {
        List<String> messages = new ArrayList<>();
        viewer.addDiagramErrorListener(event -> messages.add(event.getMessage()));

        fireDiagramError("unparsable content <bpmn:definitions> detected");

        assertThat(messages).containsExactly("unparsable content <bpmn:definitions> detected");
    }

    @Test
    void stops_telling_a_listener_once_it_is_removed() {
        List<String> messages = new ArrayList<>();
        viewer.addDiagramErrorListener(event -> messages.add(event.getMessage())).remove();

        fireDiagramError("no diagram to display");

        assertThat(messages).isEmpty();
    }

    private void fireDiagramError(String message) {
        JsonObject eventData = Json.createObject();
        eventData.put("event.detail.message", message);
        _fireDomEvent(viewer.getElement(), new DomEvent(viewer.getElement(), "diagram-error", eventData));
    }

    private List<String> idsInProperty(String property) {
        List<String> ids = new ArrayList<>();
        ((ArrayNode) viewer.getElement().getPropertyRaw(property)).forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
