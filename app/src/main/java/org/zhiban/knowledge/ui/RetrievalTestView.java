package org.zhiban.knowledge.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.IntStream;
import org.zhiban.knowledge.KnowledgeSearch;
import org.zhiban.shared.ui.Notifications;

/** 召回测试: any query against the index, showing the expanded query, every hit's score and the time taken. */
@Route("knowledge/retrieval-test")
@Menu(order = 7, icon = "vaadin:search-plus", title = "nav.kb.retrieval")
@PermitAll
public class RetrievalTestView extends VerticalLayout implements HasDynamicTitle {

    record Ranked(int rank, KnowledgeSearch.Hit hit) {
    }

    private final KnowledgeSearch search;
    final TextField query = new TextField();
    final Paragraph expanded = new Paragraph();
    final Paragraph timing = new Paragraph();
    final Grid<Ranked> hits = new Grid<>();

    public RetrievalTestView(KnowledgeSearch search) {
        this.search = search;
        query.setLabel(getTranslation("kb.search.query"));
        query.setWidth("32em");
        query.setId("kb-retrieval-query");
        query.addKeyPressListener(Key.ENTER, e -> run());
        Button go = new Button(getTranslation("kb.retrieval.go"), e -> run());
        go.setId("kb-retrieval-go");
        HorizontalLayout form = new HorizontalLayout(query, go);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        expanded.setId("kb-expanded");
        timing.setId("kb-timing");
        hits.addColumn(Ranked::rank).setHeader(getTranslation("kb.retrieval.rank")).setAutoWidth(true);
        hits.addColumn(r -> String.format("%.4f", r.hit().score())).setHeader(getTranslation("kb.result.score"))
                .setAutoWidth(true);
        hits.addComponentColumn(r -> KnowledgeSearchView.link(r.hit())).setHeader(getTranslation("kb.result.article"))
                .setAutoWidth(true);
        hits.addColumn(r -> r.hit().level() + " · " + r.hit().version()).setHeader(getTranslation("kb.result.version"))
                .setAutoWidth(true);
        hits.addComponentColumn(r -> SafeHtml.snippet(r.hit().snippet())).setHeader(getTranslation("kb.result.snippet"))
                .setFlexGrow(4);
        add(new H2(getTranslation("kb.retrieval.title")), form, expanded, timing, hits);
        setSizeFull();
    }

    void run() {
        Notifications.attempt(() -> {
            KnowledgeSearch.Trace trace = search.trace(query.getValue(), new KnowledgeSearch.Filters(null, null, null,
                    null, 20));
            expanded.setText(getTranslation("kb.retrieval.expanded", trace.expandedQuery()));
            timing.setText(getTranslation("kb.retrieval.timing", String.format("%.2f", trace.millis()),
                    trace.generation(), trace.indexedArticles()) + " · "
                    + getTranslation(trace.hybrid() ? "kb.retrieval.hybrid" : "kb.retrieval.bm25"));
            List<KnowledgeSearch.Hit> list = trace.hits();
            hits.setItems(IntStream.range(0, list.size()).mapToObj(i -> new Ranked(i + 1, list.get(i))).toList());
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kb.retrieval.title") + " · " + getTranslation("app.name");
    }
}
