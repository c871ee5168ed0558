package org.zhiban.ui.chart;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import elemental.json.Json;
import elemental.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EChartTest {

    private static final String BAR_CHART = """
            {"xAxis": {"type": "category", "data": ["受理", "办结"]},
             "yAxis": {"type": "value"},
             "series": [{"type": "bar", "data": [12, 7]}]}
            """;

    private EChart chart;

    @BeforeEach
    void open_a_ui_with_a_chart() {
        MockVaadin.setup();
        chart = new EChart();
        UI.getCurrent().add(chart);
    }

    @AfterEach
    void close_the_ui() {
        MockVaadin.tearDown();
    }

    @Test
    void renders_as_the_custom_element_of_the_js_module_with_an_empty_option() {
        assertThat(chart.getElement().getTag()).isEqualTo("zhiban-echart");
        assertThat(optionProperty()).isEmpty();
    }

    @Test
    void sends_the_option_json_to_the_element_as_an_object() {
        chart.setOption(BAR_CHART);

        assertThat(optionProperty().at("/series/0/type").asText()).isEqualTo("bar");
        assertThat(optionProperty().at("/xAxis/data/0").asText()).isEqualTo("受理");
        assertThat(chart.getOption()).contains("\"data\":[12,7]");
    }

    @Test
    void replaces_the_whole_option_on_each_call() {
        chart.setOption(BAR_CHART);
        chart.setOption("{\"series\": [{\"type\": \"pie\"}]}");

        assertThat(optionProperty().has("xAxis")).isFalse();
        assertThat(optionProperty().at("/series/0/type").asText()).isEqualTo("pie");
    }

    @Test
    void copies_an_option_node_so_later_edits_by_the_caller_do_not_leak() {
        ObjectNode option = JsonNodeFactory.instance.objectNode().put("animation", false);
        chart.setOption(option);

        option.put("animation", true);

        assertThat(optionProperty().get("animation").asBoolean()).isFalse();
    }

    @Test
    void rejects_text_that_is_not_json() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> chart.setOption("{series: "))
                .withMessageContaining("not valid JSON");
    }

    @Test
    void rejects_json_that_is_not_an_object() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> chart.setOption("[1, 2]"))
                .withMessageContaining("must be a JSON object");
    }

    @Test
    void keeps_the_previous_chart_when_an_option_is_rejected() {
        chart.setOption(BAR_CHART);

        assertThatIllegalArgumentException().isThrownBy(() -> chart.setOption("not json"));

        assertThat(optionProperty().at("/series/0/type").asText()).isEqualTo("bar");
    }

    @Test
    void sets_the_accessible_name_as_aria_label() {
        chart.setAriaLabel("本月受理与办结件数");

        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("本月受理与办结件数");
        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
    }

    private ObjectNode optionProperty() {
        return (ObjectNode) chart.getElement().getPropertyRaw("option");
    }

    @Test
    void tells_an_item_click_listener_which_item_was_clicked() {
        List<EChart.ItemClickEvent> clicks = new ArrayList<>();
        chart.addItemClickListener(clicks::add);

        fireItemClick("办结", "本月", 1, 0, "7");

        assertThat(clicks).singleElement().satisfies(click -> {
            assertThat(click.getSource()).isSameAs(chart);
            assertThat(click.isFromClient()).isTrue();
            assertThat(click.getName()).isEqualTo("办结");
            assertThat(click.getSeriesName()).isEqualTo("本月");
            assertThat(click.getDataIndex()).isEqualTo(1);
            assertThat(click.getSeriesIndex()).isEqualTo(0);
            assertThat(click.getValue()).isEqualTo("7");
        });
    }

    @Test
    void passes_an_array_value_as_its_json_text() {
        List<String> values = new ArrayList<>();
        chart.addItemClickListener(click -> values.add(click.getValue()));

        fireItemClick("", "", 2, 1, "[3,12.5]");

        assertThat(values).containsExactly("[3,12.5]");
    }

    @Test
    void asks_the_browser_for_every_field_of_the_click() {
        chart.addItemClickListener(click -> { });

        assertThat(chart.getElement().getNode()
                .getFeature(ElementListenerMap.class)
                .getExpressions(EChart.ITEM_CLICK_EVENT))
                .containsExactlyInAnyOrder("event.detail.name", "event.detail.seriesName", "event.detail.dataIndex",
                        "event.detail.seriesIndex", "event.detail.value");
    }

    @Test
    void stops_telling_an_item_click_listener_once_it_is_removed() {
        List<EChart.ItemClickEvent> clicks = new ArrayList<>();
        chart.addItemClickListener(clicks::add).remove();

        fireItemClick("受理", "本月", 0, 0, "12");

        assertThat(clicks).isEmpty();
    }

    @Test
    void the_element_dispatches_the_click_event_with_the_fields_the_java_side_reads() throws IOException {
        String js;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/resources/frontend/zhiban/echart.js")) {
            js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(js).contains("this._chart.on('click'");
        assertThat(js).contains("this.dispatchEvent(new CustomEvent('" + EChart.ITEM_CLICK_EVENT + "'");
        assertThat(js).contains("name:", "seriesName:", "dataIndex:", "seriesIndex:", "value:");
    }

    private void fireItemClick(String name, String seriesName, int dataIndex, int seriesIndex, String value) {
        JsonObject data = Json.createObject();
        data.put("event.detail.name", name);
        data.put("event.detail.seriesName", seriesName);
        data.put("event.detail.dataIndex", dataIndex);
        data.put("event.detail.seriesIndex", seriesIndex);
        data.put("event.detail.value", value);
        _fireDomEvent(chart.getElement(), new DomEvent(chart.getElement(), EChart.ITEM_CLICK_EVENT, data));
    }
}
