package org.zhiban.knowledge.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import org.zhiban.integrations.lawtext.StatuteLevel;
import org.zhiban.knowledge.KnowledgeSearch;
import org.zhiban.shared.ui.Notifications;

/** 法规知识库: search the statutes by words or a question, filtered by statute, level, tag and day in force. */
@Route("knowledge")
@Menu(order = 5, icon = "vaadin:book", title = "nav.kb.search")
@PermitAll
public class KnowledgeSearchView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final KnowledgeSearch search;
    final TextField query = new TextField();
    final ComboBox<String> statute = new ComboBox<>();
    final ComboBox<StatuteLevel> level = new ComboBox<>();
    final ComboBox<String> tag = new ComboBox<>();
    final DatePicker asOf = new DatePicker();
    final Grid<KnowledgeSearch.Hit> results = new Grid<>();

    public KnowledgeSearchView(KnowledgeSearch search) {
        this.search = search;
        query.setLabel(getTranslation("kb.search.query"));
        query.setPlaceholder(getTranslation("kb.search.placeholder"));
        query.setId("kb-query");
        query.setWidth("28em");
        query.addKeyPressListener(Key.ENTER, e -> run());
        statute.setLabel(getTranslation("kb.search.statute"));
        statute.setItems(search.statutes().stream().map(KnowledgeSearch.StatuteSummary::statute).distinct().toList());
        statute.setClearButtonVisible(true);
        level.setLabel(getTranslation("kb.search.level"));
        level.setItems(Arrays.asList(StatuteLevel.values()));
        level.setItemLabelGenerator(StatuteLevel::chineseName);
        level.setClearButtonVisible(true);
        tag.setLabel(getTranslation("kb.search.tag"));
        tag.setItems(search.tags());
        tag.setClearButtonVisible(true);
        asOf.setLabel(getTranslation("kb.search.asOf"));
        asOf.setClearButtonVisible(true);
        Button go = new Button(getTranslation("kb.search.go"), e -> run());
        go.setId("kb-search");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(query, statute, level, tag, asOf, go);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        results.addComponentColumn(KnowledgeSearchView::link).setHeader(getTranslation("kb.result.article"))
                .setWidth("17rem").setFlexGrow(0).setKey("article");
        results.addComponentColumn(h -> SafeHtml.snippet(h.snippet())).setHeader(getTranslation("kb.result.snippet"))
                .setFlexGrow(4);
        results.addColumn(h -> h.level() + " · " + h.version()
                        + (KnowledgeSearch.NEWER_TEXT_MISSING.equals(h.validity()) ? " · " + getTranslation("kb.result.newerTextMissing") : ""))
                .setHeader(getTranslation("kb.result.version"))
                .setAutoWidth(true);
        results.addColumn(h -> String.format("%.2f", h.score())).setHeader(getTranslation("kb.result.score"))
                .setAutoWidth(true);
        results.setEmptyStateText(getTranslation("kb.result.none"));
        add(new H2(getTranslation("kb.search.title")), form, results);
        setSizeFull();
    }

    static RouterLink link(KnowledgeSearch.Hit h) {
        return new RouterLink("《" + h.statute() + "》" + h.articleNo(), ArticleView.class,
                new RouteParameters(java.util.Map.of("statute", h.statute(), "articleNo", h.article())));
    }

    void run() {
        Notifications.attempt(() -> results.setItems(search.search(query.getValue(), new KnowledgeSearch.Filters(
                statute.getValue(), level.getValue() == null ? null : level.getValue().name(), tag.getValue(),
                asOf.getValue(), 20))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kb.search.title") + " · " + getTranslation("app.name");
    }

    /** A link such as {@code /knowledge?q=退一赔三} opens with the search already run. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("q").ifPresent(q -> {
            query.setValue(q);
            run();
        });
    }
}
