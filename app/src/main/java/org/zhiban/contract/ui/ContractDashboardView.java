package org.zhiban.contract.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhiban.contract.ContractDashboard;
import org.zhiban.contract.ContractLabels;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Role;
import org.zhiban.shared.ui.Formats;
import org.zhiban.ui.chart.EChart;

/**
 * 合同风险看板: risk by contract type and by department, the monthly trend, the most frequent rules and the open
 * reviews by age — each bar a way into the contracts behind it (the list under the charts).
 */
@Route("contracts/dashboard")
@Menu(order = 5, icon = "vaadin:chart", title = "nav.contracts.dashboard")
@RolesAllowed({Role.Names.OFFICER, Role.Names.REVIEWER, Role.Names.LEADER, Role.Names.AUDITOR})
public class ContractDashboardView extends VerticalLayout implements HasDynamicTitle {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> LEVEL_NAMES = List.of("高", "中", "低");
    private static final List<String> LEVEL_COLORS = List.of("#d9363e", "#e8a200", "#3b82f6");

    private final ContractDashboard dashboard;
    private final Grid<ContractDashboard.Entry> contracts = new Grid<>();
    private final H4 drillTitle = new H4("全部合同");

    private final Map<String, String> departmentNames;

    public ContractDashboardView(ContractDashboard dashboard, org.zhiban.identity.Directory directory) {
        this.dashboard = dashboard;
        this.departmentNames = directory.departments();
        setWidthFull();
        ContractDashboard.Summary s = dashboard.summary(CurrentUser.get());
        add(new H2("合同风险看板"), new Paragraph("共 " + s.contracts() + " 份合同（每份取最近一轮审查）。点击图中任一柱条，下方列出对应合同。"));
        FlexLayout charts = new FlexLayout();
        charts.setWidthFull();
        charts.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        List<String> kinds = new ArrayList<>(s.byKind().keySet());
        charts.add(card("按合同类型", stacked("kind", kinds, kinds.stream().map(k -> ContractLabels.KINDS.getOrDefault(k, k)).toList(),
                s.byKind())));
        List<String> departments = new ArrayList<>(s.byDepartment().keySet());
        charts.add(card("按科室", stacked("department", departments,
                departments.stream().map(d -> departmentNames.getOrDefault(d, d)).toList(), s.byDepartment())));
        List<String> months = new ArrayList<>(s.byMonth().keySet());
        charts.add(card("按月趋势", stacked("month", months, months, s.byMonth())));
        List<String> rules = new ArrayList<>(s.topRules().keySet());
        charts.add(card("最常见的审查规则", simple("rule", rules, rules, new ArrayList<>(s.topRules().values()), true)));
        List<String> ages = new ArrayList<>(s.openByAge().keySet());
        charts.add(card("在办审查（按已办天数）", simple("age", ages, ages.stream().map(a -> a + "天").toList(),
                new ArrayList<>(s.openByAge().values()), false)));
        add(charts);
        contracts.setId("contract-dashboard-contracts");
        contracts.addColumn(ContractDashboard.Entry::caseId).setHeader("案号").setAutoWidth(true);
        contracts.addColumn(ContractDashboard.Entry::title).setHeader("合同").setFlexGrow(2);
        contracts.addColumn(e -> ContractLabels.KINDS.getOrDefault(e.kind(), e.kind())).setHeader("类型").setAutoWidth(true);
        contracts.addColumn(e -> departmentNames.getOrDefault(e.department(), e.department())).setHeader("科室")
                .setAutoWidth(true);
        contracts.addColumn(e -> ContractLabels.level(e.level())).setHeader("风险").setAutoWidth(true);
        contracts.addColumn(ContractDashboard.Entry::score).setHeader("评分").setAutoWidth(true);
        contracts.addColumn(ContractDashboard.Entry::partyB).setHeader("乙方").setFlexGrow(1);
        contracts.addColumn(e -> Formats.dateTime(e.reviewedAt())).setHeader("审查时间").setAutoWidth(true);
        contracts.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("cases/" + e.getItem().caseId())));
        contracts.setAllRowsVisible(true);
        contracts.setEmptyStateText("没有符合条件的合同");
        add(drillTitle, contracts);
        show(null, null, null, "全部合同");
    }

    private void show(String dimension, String key, String level, String title) {
        drillTitle.setText(title);
        contracts.setItems(dashboard.drill(CurrentUser.get(), dimension, key, level));
    }

    private static Div card(String title, EChart chart) {
        Div card = new Div(new H4(title), chart);
        card.getStyle().set("flex", "1 1 26rem").set("min-width", "20rem");
        return card;
    }

    /** A bar per key, stacked by risk level; a click lists that key's contracts of that level. */
    private EChart stacked(String dimension, List<String> keys, List<String> labels, Map<String, Map<String, Long>> data) {
        ObjectNode option = base(labels, false);
        ArrayNode series = option.putArray("series");
        for (int i = 0; i < ContractDashboard.LEVELS.size(); i++) {
            String level = ContractDashboard.LEVELS.get(i);
            ObjectNode s = series.addObject().put("name", LEVEL_NAMES.get(i)).put("type", "bar").put("stack", "risk");
            s.putObject("itemStyle").put("color", LEVEL_COLORS.get(i));
            ArrayNode values = s.putArray("data");
            keys.forEach(k -> values.add(data.get(k).getOrDefault(level, 0L)));
        }
        ObjectNode legend = option.putObject("legend").put("top", 0).put("right", 0);
        legend.putArray("data").add("高").add("中").add("低");
        EChart chart = chart(option, dimension);
        chart.addItemClickListener(e -> {
            String key = keys.get(e.getDataIndex());
            String level = ContractDashboard.LEVELS.get(e.getSeriesIndex());
            show(dimension, key, level, labels.get(e.getDataIndex()) + " · " + LEVEL_NAMES.get(e.getSeriesIndex()) + "风险");
        });
        return chart;
    }

    private EChart simple(String dimension, List<String> keys, List<String> labels, List<Long> values,
                          boolean horizontal) {
        ObjectNode option = base(labels, horizontal);
        ArrayNode data = option.putArray("series").addObject().put("type", "bar").put("name", "数量").putArray("data");
        values.forEach(data::add);
        EChart chart = chart(option, dimension);
        chart.addItemClickListener(e -> show(dimension, keys.get(e.getDataIndex()), null, labels.get(e.getDataIndex())));
        return chart;
    }

    private static ObjectNode base(List<String> categories, boolean horizontal) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("containLabel", true).put("left", 8).put("right", 16).put("top", 32).put("bottom", 8);
        ObjectNode category = option.putObject(horizontal ? "yAxis" : "xAxis").put("type", "category");
        ArrayNode names = category.putArray("data");
        categories.forEach(names::add);
        option.putObject(horizontal ? "xAxis" : "yAxis").put("type", "value").put("minInterval", 1);
        return option;
    }

    private static EChart chart(ObjectNode option, String dimension) {
        EChart chart = new EChart();
        chart.setOption(option);
        chart.setWidthFull();
        chart.setHeight("260px");
        chart.setId("contract-chart-" + dimension);
        chart.setAriaLabel("合同风险：" + dimension);
        return chart;
    }

    @Override
    public String getPageTitle() {
        return "合同风险看板 · " + getTranslation("app.name");
    }
}
