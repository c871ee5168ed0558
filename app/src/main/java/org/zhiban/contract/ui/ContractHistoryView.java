package org.zhiban.contract.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.zhiban.contract.ContractHistory;
import org.zhiban.contract.ContractLabels;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Role;
import org.zhiban.shared.ui.Formats;

/** 历史风险案例库: earlier contracts' findings by rule, party, department and date, with how each was resolved. */
@Route("contracts/history")
@Menu(order = 6, icon = "vaadin:archives", title = "nav.contracts.history")
@RolesAllowed({Role.Names.OFFICER, Role.Names.REVIEWER, Role.Names.LEADER, Role.Names.AUDITOR})
public class ContractHistoryView extends VerticalLayout implements HasDynamicTitle {

    public ContractHistoryView(ContractHistory history, org.zhiban.identity.Directory directory) {
        setWidthFull();
        TextField rule = new TextField("规则编号");
        rule.setPlaceholder("如 CON-PEN-001");
        TextField party = new TextField("合同主体");
        com.vaadin.flow.component.combobox.ComboBox<String> department = new com.vaadin.flow.component.combobox.ComboBox<>("科室");
        java.util.Map<String, String> names = directory.departments();
        department.setItems(names.keySet());
        department.setItemLabelGenerator(id -> names.getOrDefault(id, id));
        department.setClearButtonVisible(true);
        DatePicker from = new DatePicker("审查日期自");
        DatePicker to = new DatePicker("至");
        TextField q = new TextField("关键词");
        Grid<ContractHistory.Precedent> grid = new Grid<>();
        grid.setId("contract-history");
        grid.addColumn(p -> Formats.dateTime(p.reviewedAt())).setHeader("审查时间").setAutoWidth(true);
        grid.addColumn(ContractHistory.Precedent::caseId).setHeader("案号").setAutoWidth(true);
        grid.addColumn(ContractHistory.Precedent::title).setHeader("合同").setFlexGrow(1)
                .setTooltipGenerator(ContractHistory.Precedent::title);
        grid.addColumn(ContractHistory.Precedent::ruleId).setHeader("规则").setAutoWidth(true);
        grid.addColumn(p -> ContractLabels.level(p.severity())).setHeader("风险").setAutoWidth(true);
        grid.addColumn(ContractHistory.Precedent::message).setHeader("审查意见").setFlexGrow(3)
                .setTooltipGenerator(ContractHistory.Precedent::message);
        grid.addColumn(ContractHistory.Precedent::resolution).setHeader("处理结果").setAutoWidth(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(p -> {
            VerticalLayout details = new VerticalLayout(new Paragraph("原文：“" + (p.excerpt() == null ? "" : p.excerpt()) + "”"));
            p.decisions().forEach(d -> details.add(new Paragraph(d)));
            return details;
        }));
        grid.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate("cases/" + e.getItem().caseId())));
        grid.setEmptyStateText("没有符合条件的审查意见");
        grid.setHeight("65vh");
        Button search = new Button("查询", e -> grid.setItems(history.search(CurrentUser.get(), new ContractHistory.Criteria(
                rule.getValue(), party.getValue(), department.getValue(), from.getValue(), to.getValue(), q.getValue()))));
        search.setId("contract-history-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(rule, party, department, from, to, q, search);
        form.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)").set("align-items", "baseline");
        add(new H2("历史风险案例库"), new Paragraph("历次合同审查的意见及其处理结果（会审采纳、不采纳、修改合同后消除），只列出您有权查看的案件。双击一行打开案件。"),
                form, grid);
        grid.setItems(history.search(CurrentUser.get(), new ContractHistory.Criteria(null, null, null, null, null, null)));
    }

    @Override
    public String getPageTitle() {
        return "历史风险案例库 · " + getTranslation("app.name");
    }
}
