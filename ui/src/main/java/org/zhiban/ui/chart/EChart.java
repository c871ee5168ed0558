package org.zhiban.ui.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

import java.io.Serializable;
import java.util.Objects;

/**
 * An Apache ECharts chart (图表) that follows the size of its container.
 *
 * <p>The chart is described entirely by one ECharts option object, kept as an element property so that it
 * survives detach and attach. Each new option replaces the previous one rather than merging into it, so
 * removed series really disappear. Options are JSON: JavaScript functions (formatters, callbacks) cannot be
 * passed; use ECharts' string templates such as {@code "{b}: {c}"} instead.
 *
 * <p>Drill-down: {@link #addItemClickListener} tells the server which data item the user clicked.
 */
@Tag("zhiban-echart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./zhiban/echart.js")
public class EChart extends Component implements HasSize, HasStyle, HasAriaLabel {

    static final String OPTION = "option";

    /** The DOM event the element dispatches when a data item of a series is clicked (see {@code echart.js}). */
    public static final String ITEM_CLICK_EVENT = "zhiban-echart-click";

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

    /**
     * Listens for clicks on the chart's data items (a bar, a pie slice, a point of a line), e.g. to open the list
     * behind a figure. Clicks on axes, legend, title or empty space are not reported. Each click is one round trip.
     */
    public Registration addItemClickListener(ComponentEventListener<ItemClickEvent> listener) {
        return addListener(ItemClickEvent.class, listener);
    }

    /**
     * A click on one data item, as ECharts describes it in its click event's parameters. Names and indexes refer to
     * the option last set.
     */
    @DomEvent(ITEM_CLICK_EVENT)
    public static class ItemClickEvent extends ComponentEvent<EChart> {

        private final String name;
        private final String seriesName;
        private final int dataIndex;
        private final int seriesIndex;
        private final String value;

        /**
         * @param name        the data item's name (for a category axis, its category; for a pie, the slice's name)
         * @param seriesName  the series' {@code name}, or "" when it has none
         * @param dataIndex   the item's index within its series' {@code data}, -1 when ECharts gives none
         * @param seriesIndex the series' index within the option's {@code series}, -1 when ECharts gives none
         * @param value       the item's value as text: a number as JavaScript writes it ({@code 12}, {@code 7.5}), an
         *                    array or object value as JSON ({@code [3,12]}), "" when the item has none
         */
        public ItemClickEvent(EChart source, boolean fromClient,
                              @EventData("event.detail.name") String name,
                              @EventData("event.detail.seriesName") String seriesName,
                              @EventData("event.detail.dataIndex") int dataIndex,
                              @EventData("event.detail.seriesIndex") int seriesIndex,
                              @EventData("event.detail.value") String value) {
            super(source, fromClient);
            this.name = name == null ? "" : name;
            this.seriesName = seriesName == null ? "" : seriesName;
            this.dataIndex = dataIndex;
            this.seriesIndex = seriesIndex;
            this.value = value == null ? "" : value;
        }

        public String getName() {
            return name;
        }

        public String getSeriesName() {
            return seriesName;
        }

        public int getDataIndex() {
            return dataIndex;
        }

        public int getSeriesIndex() {
            return seriesIndex;
        }

        public String getValue() {
            return value;
        }
    }
}
