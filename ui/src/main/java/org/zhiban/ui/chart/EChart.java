package org.zhiban.ui.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

import java.io.Serializable;
import java.util.Objects;

/**
 * An Apache ECharts chart (图表) that follows the size of its container.
 *
 * <p>The chart is described entirely by one ECharts option object, kept as an element property so that it
 * survives detach and attach. Each new option replaces the previous one rather than merging into it, so
 * removed series really disappear. Options are JSON: JavaScript functions (formatters, callbacks) cannot be
 * passed; use ECharts' string templates such as {@code "{b}: {c}"} instead.
 */
@Tag("zhiban-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./zhiban/echart.js")
public class EChart extends Component implements HasSize, HasStyle, HasAriaLabel {

    static final String OPTION = "option";

    private static final ObjectMapper JSON = new ObjectMapper();

    public EChart() {
        getElement().setAttribute("role", "img");
        setOption(JSON.createObjectNode());
    }

    /**
     * Replaces the chart with the one the given ECharts option JSON describes.
     *
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public void setOption(String optionJson) {
        Objects.requireNonNull(optionJson, "optionJson");
        JsonNode parsed;
        try {
            parsed = JSON.readTree(optionJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("ECharts option is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!(parsed instanceof ObjectNode option)) {
            throw new IllegalArgumentException("ECharts option must be a JSON object, got " + parsed.getNodeType());
        }
        setOption(option);
    }

    /** Replaces the chart with the one the given ECharts option describes; the node is copied. */
    public void setOption(ObjectNode option) {
        Objects.requireNonNull(option, "option");
        // A copy, so a caller that keeps editing its node cannot change what the server thinks the client has.
        getElement().setPropertyJson(OPTION, option.deepCopy());
    }

    /** The current option as compact JSON. */
    public String getOption() {
        Serializable raw = getElement().getPropertyRaw(OPTION);
        return raw instanceof ObjectNode option ? option.toString() : "{}";
    }
}
