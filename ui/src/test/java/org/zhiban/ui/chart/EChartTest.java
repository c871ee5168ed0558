package org.zhiban.ui.chart;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
}
