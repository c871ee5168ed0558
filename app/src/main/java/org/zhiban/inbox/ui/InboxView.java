package org.zhiban.inbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.zhiban.cases.CaseTypes;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Directory;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.cases.TaskFilter;
import org.zhiban.inbox.TaskInbox;
import org.zhiban.inbox.TaskSummary;
import org.zhiban.inbox.TaskWork;
import org.zhiban.shared.ui.Formats;
import org.zhiban.shared.ui.Notifications;

/** 待办/已办: the officer's day starts here. Lazy paging; filters by process, due date and text. */
@Route("inbox")
@Menu(order = 1, icon = "vaadin:inbox", title = "nav.inbox")
@RolesAllowed({Role.Names.OFFICER, Role.Names.REVIEWER, Role.Names.LEADER})
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final TaskInbox inbox;
    private final TaskWork work;
    private final TaskDialogs dialogs;
    /** Display names, looked up once per user for as long as the view lives. */
    private final java.util.function.Function<String, String> names;
    private final ZhibanUser user = CurrentUser.get();

    private final Tab openTab = new Tab();
    private final Tab doneTab = new Tab();
    private final ComboBox<String> process = new ComboBox<>();
    private final DatePicker due = new DatePicker();
    private final TextField text = new TextField();
    final Grid<TaskSummary> grid = new Grid<>(TaskSummary.class, false);
    private final Span count = new Span();

    private final CaseTypes caseTypes;
    private final java.time.Clock clock;

    public InboxView(TaskInbox inbox, TaskWork work, TaskDialogs dialogs, Directory directory, CaseTypes caseTypes,
                     java.time.Clock clock) {
        this.caseTypes = caseTypes;
        this.clock = clock;
        this.inbox = inbox;
        this.work = work;
        this.dialogs = dialogs;
        this.names = directory.displayNames();
        setSizeFull();
        openTab.setLabel(getTranslation("inbox.tab.open"));
        doneTab.setLabel(getTranslation("inbox.tab.done"));
        Tabs tabs = new Tabs(openTab, doneTab);
        tabs.addSelectedChangeListener(e -> refresh());
        add(new H2(getTranslation("inbox.title")), tabs, filters(), grid);
        configureGrid();
        setFlexGrow(1, grid);
        refresh();
    }

    private HorizontalLayout filters() {
        process.setLabel(getTranslation("inbox.filter.process"));
        process.setItems(caseTypes.processKeys());
        process.setItemLabelGenerator(key -> caseTypes.all().stream().filter(t -> t.processKey().equals(key))
                .findFirst().map(t -> getTranslation(t.nameKey())).orElse(key));
        process.setClearButtonVisible(true);
        due.setLabel(getTranslation("inbox.filter.due"));
        due.setClearButtonVisible(true);
        text.setLabel(getTranslation("inbox.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        process.addValueChangeListener(e -> refresh());
        due.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        HorizontalLayout row = new HorizontalLayout(process, due, text, count);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // The title is what an official reads first: it gets the room; the case number links to the case.
        // Widths in rem, not em: header cells use a smaller font, so em would draw each header narrower than its cells.
        grid.addComponentColumn(t -> new com.vaadin.flow.component.html.Anchor("cases/" + t.caseId(), t.caseId()))
                .setHeader(getTranslation("inbox.col.caseId")).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(TaskSummary::caseTitle).setHeader(getTranslation("inbox.col.title")).setWidth("14rem")
                .setFlexGrow(1).setTooltipGenerator(TaskSummary::caseTitle);
        grid.addColumn(TaskSummary::name).setHeader(getTranslation("inbox.col.task")).setWidth("6.5rem").setFlexGrow(0)
                .setTooltipGenerator(TaskSummary::name);
        grid.addColumn(t -> getTranslation("caseType." + t.caseType())).setHeader(getTranslation("inbox.col.process"))
                .setKey("type").setWidth("4.5rem").setFlexGrow(0);
        grid.addColumn(t -> Formats.shortDateTime(t.created(), clock)).setHeader(getTranslation("inbox.col.created"))
                .setKey("created").setWidth("8.5rem").setFlexGrow(0).setTooltipGenerator(t -> Formats.dateTime(t.created()));
        grid.addComponentColumn(this::due).setHeader(getTranslation("inbox.col.due")).setKey("due")
                .setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(t -> Formats.shortDateTime(t.completed(), clock)).setHeader(getTranslation("inbox.col.completed"))
                .setKey("completed").setWidth("8.5rem").setFlexGrow(0).setTooltipGenerator(t -> Formats.dateTime(t.completed()));
        grid.addColumn(t -> t.assignee() == null ? getTranslation("inbox.unassigned") : names.apply(t.assignee()))
                .setHeader(getTranslation("inbox.col.assignee")).setKey("assignee").setWidth("5.5rem").setFlexGrow(0)
                .setTooltipGenerator(t -> t.assignee() == null ? "" : names.apply(t.assignee()));
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("inbox.col.actions"))
                .setWidth("8.5rem").setFlexGrow(0).setFrozenToEnd(true);
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        // Below desktop width the title keeps its room: the type and the received time give way first.
        // The resize listener belongs to the page, not the view: removed on detach so a view shown again adds one only.
        addAttachListener(e -> {
            e.getUI().getPage().retrieveExtendedClientDetails(d -> fitColumns(d.getWindowInnerWidth()));
            Registration resize = e.getUI().getPage().addBrowserWindowResizeListener(r -> fitColumns(r.getWidth()));
            addDetachListener(d -> {
                resize.remove();
                d.unregisterListener();
            });
        });
        grid.addItemDoubleClickListener(e -> openCase(e.getItem()));
    }

    void fitColumns(int windowWidth) {
        boolean wide = windowWidth >= WIDE_WINDOW;
        grid.getColumnByKey("type").setVisible(wide);
        grid.getColumnByKey("created").setVisible(wide);
    }

    /** Window width (px) from which every column fits beside a readable title, with the navigation drawer open. */
    static final int WIDE_WINDOW = 1280;

    private HorizontalLayout actions(TaskSummary task) {
        HorizontalLayout actions = new HorizontalLayout();
        if (task.completed() == null && !task.completable()) {
            // 职责分离: assigned to this user, who may not decide it; said so instead of offering a refused 办理.
            Span separated = new Span(getTranslation("inbox.separated"));
            separated.setId("separated-" + task.id());
            separated.setTitle(getTranslation("inbox.separated.hint"));
            separated.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            actions.add(separated);
        } else if (task.completed() == null) {
            Button workOn = new Button(getTranslation("inbox.action.work"), e -> dialogs.open(task.id(), this::refresh));
            workOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            actions.add(workOn);
            if (task.assignee() == null) {
                Button claim = new Button(getTranslation("inbox.action.claim"), e -> claim(task));
                claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
                actions.add(claim);
            }
        }
        if (task.completed() != null) {
            Button view = new Button(getTranslation("inbox.action.view"), e -> openCase(task));
            view.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(view);
        }
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        return actions;
    }

    /** 办理时限, in red with 已超期 once it has passed: the first thing a section chief looks for. */
    private Span due(TaskSummary task) {
        Span due = new Span(Formats.shortDateTime(task.due(), clock));
        due.setTitle(Formats.dateTime(task.due()));
        if (task.completed() == null && task.due() != null && task.due().isBefore(clock.instant())) {
            due.setText(due.getText() + " " + getTranslation("inbox.overdue"));
            due.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        }
        return due;
    }

    private void claim(TaskSummary task) {
        Notifications.attempt(() -> {
            work.claim(user, task.id());
            Notifications.success(getTranslation("inbox.claimed"));
            refresh();
        });
    }

    private void openCase(TaskSummary task) {
        if (task.caseId() != null) {
            getUI().ifPresent(ui -> ui.navigate("cases/" + task.caseId()));
        }
    }

    private TaskFilter filter() {
        return new TaskFilter(process.getValue(),
                due.getValue() == null ? null : due.getValue().plusDays(1).atStartOfDay(clock.getZone()).toInstant(),
                text.getValue());
    }

    void refresh() {
        TaskFilter filter = filter();
        boolean open = !doneTab.isSelected();
        grid.getColumnByKey("due").setVisible(open);
        grid.getColumnByKey("completed").setVisible(!open);
        // One count per refresh, for the grid's size and the label.
        long total = open ? inbox.countOpen(user, filter) : inbox.countDone(user, filter);
        grid.setItems(query -> (open ? inbox.open(user, filter, query.getOffset(), query.getLimit())
                        : inbox.done(user, filter, query.getOffset(), query.getLimit())).stream(),
                query -> (int) total);
        count.setText(getTranslation("inbox.count", total));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " · " + getTranslation("app.name");
    }
}
