package org.zhiban.cases.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.zhiban.cases.CaseSearch;
import org.zhiban.cases.CaseType;
import org.zhiban.cases.CaseTypes;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Directory;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.ui.Formats;

/** 案件查询: every case the user may see, also those in nobody's inbox, by type, state, department, date and text. */
@Route("cases")
@Menu(order = 2, icon = "vaadin:search", title = "nav.cases")
@RolesAllowed({Role.Names.OFFICER, Role.Names.REVIEWER, Role.Names.LEADER, Role.Names.AUDITOR})
public class CaseSearchView extends VerticalLayout implements HasDynamicTitle {

    private static final List<String> STATES = List.of("running", "incident", "completed", "cancelled");

    private final CaseSearch search;
    private final ZhibanUser user = CurrentUser.get();
    private final ComboBox<String> type = new ComboBox<>();
    private final ComboBox<String> state = new ComboBox<>();
    private final ComboBox<String> department = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField text = new TextField();
    private final Span count = new Span();
    final Grid<CaseSearch.Hit> grid = new Grid<>();

    public CaseSearchView(CaseSearch search, CaseTypes caseTypes, Directory directory) {
        this.search = search;
        setSizeFull();
        Map<String, String> departments = directory.departments();
        type.setLabel(getTranslation("cases.filter.type"));
        type.setItems(caseTypes.all().stream().map(CaseType::id).toList());
        type.setItemLabelGenerator(id -> caseTypes.find(id).map(t -> getTranslation(t.nameKey())).orElse(id));
        state.setLabel(getTranslation("cases.filter.state"));
        state.setItems(STATES);
        state.setItemLabelGenerator(s -> getTranslation("case.state." + s));
        department.setLabel(getTranslation("cases.filter.department"));
        department.setItems(departments.keySet());
        department.setItemLabelGenerator(id -> departments.getOrDefault(id, id));
        from.setLabel(getTranslation("cases.filter.from"));
        to.setLabel(getTranslation("cases.filter.to"));
        from.setWidth("10em");
        to.setWidth("10em");
        type.setWidth("9em");
        state.setWidth("9em");
        department.setWidth("9em");
        text.setLabel(getTranslation("inbox.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        for (var field : List.of(type, state, department)) {
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> refresh());
        }
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        text.setClearButtonVisible(true);
        HorizontalLayout filters = new HorizontalLayout(text, type, state, department, from, to, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // Widths in rem, not em: header cells use a smaller font, so em would draw each header narrower than its cells.
        grid.addComponentColumn(h -> new Anchor("cases/" + h.caseId(), h.caseId())).setHeader(getTranslation("inbox.col.caseId"))
                .setKey("caseId").setSortable(true).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(CaseSearch.Hit::title).setHeader(getTranslation("inbox.col.title")).setKey("title")
                .setSortable(true).setFlexGrow(1).setTooltipGenerator(CaseSearch.Hit::title);
        grid.addColumn(h -> caseTypes.find(h.type()).map(t -> getTranslation(t.nameKey())).orElse(h.type()))
                .setHeader(getTranslation("cases.col.type")).setWidth("6rem").setFlexGrow(0);
        grid.addComponentColumn(this::stateBadge).setHeader(getTranslation("cases.col.state")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(h -> departments.getOrDefault(h.department(), h.department()))
                .setHeader(getTranslation("cases.filter.department")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(h -> Formats.dateTime(h.created())).setHeader(getTranslation("case.created")).setKey("created")
                .setSortable(true).setWidth("11rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("cases.empty"));
        grid.addItemDoubleClickListener(e -> getUI().ifPresent(ui -> ui.navigate("cases/" + e.getItem().caseId())));
        grid.setMultiSort(false);
        add(new H2(getTranslation("cases.title")), filters, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private Span stateBadge(CaseSearch.Hit hit) {
        Span badge = new Span(getTranslation("case.state." + hit.state()));
        badge.getElement().getThemeList().add("badge " + switch (hit.state()) {
            case "incident" -> "error";
            case "completed" -> "success";
            case "cancelled" -> "contrast";
            default -> "";
        });
        return badge;
    }

    private CaseSearch.Criteria criteria(int page, int size, List<GridSortOrder<CaseSearch.Hit>> sort) {
        String sortKey = sort.isEmpty() ? null : sort.get(0).getSorted().getKey();
        boolean ascending = !sort.isEmpty() && sort.get(0).getDirection() == SortDirection.ASCENDING;
        return new CaseSearch.Criteria(type.getValue(), state.getValue(), department.getValue(), from.getValue(),
                to.getValue(), text.getValue(), page, size, sortKey, ascending);
    }

    void refresh() {
        // One total per refresh, for the grid's size and the label; the grid's pages fetch items only.
        long total = search.count(user, criteria(0, 1, List.of()));
        grid.setItems(query -> search.items(user, criteria(0, 1, grid.getSortOrder()), query.getOffset(),
                query.getLimit()).stream(), query -> (int) total);
        count.setText(getTranslation("cases.count", total));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.title") + " · " + getTranslation("app.name");
    }
}
