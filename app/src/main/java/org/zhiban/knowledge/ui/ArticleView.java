package org.zhiban.knowledge.ui;

import org.zhiban.shared.Refusal;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.zhiban.integrations.lawtext.Item;
import org.zhiban.knowledge.ArticleDetails;
import org.zhiban.knowledge.ArticleReading;
import org.zhiban.knowledge.CitationVerification;
import org.zhiban.knowledge.KnowledgeSearch;

/**
 * 条文: one article as in force on a day ({@code ?asOf=2020-01-01}, today by default) with its 款 and 项, heading
 * path, versions, tags and neighbours; every citation in its text links to the cited article or is marked ✗.
 */
@Route("knowledge/:statute/:articleNo")
@PermitAll
public class ArticleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleReading reading;
    private final CitationVerification verification;
    private String title = "";

    public ArticleView(ArticleReading reading, CitationVerification verification) {
        this.reading = reading;
        this.verification = verification;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String statute = event.getRouteParameters().get("statute").orElse("");
        String number = event.getRouteParameters().get("articleNo").orElse("");
        try {
            show(reading.read(statute, number, asOf(event.getLocation().getQueryParameters())));
        } catch (Refusal notFound) {
            title = getTranslation("kb.article.notFound");
            add(new H2(title), new Paragraph(org.zhiban.shared.ui.Notifications.describe(notFound)));
        }
    }

    private static LocalDate asOf(QueryParameters query) {
        try {
            return query.getSingleParameter("asOf").map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void show(ArticleDetails a) {
        title = "《" + a.title() + "》" + a.articleNo();
        Span state = new Span(getTranslation(a.inForce() ? "kb.article.inForce" : "kb.article.notInForce"));
        state.getElement().getThemeList().add("badge " + (a.inForce() ? "success" : "error"));
        state.setId("kb-article-state");
        HorizontalLayout header = new HorizontalLayout(new H2(title), state);
        header.setAlignItems(Alignment.BASELINE);
        add(header, new Paragraph(getTranslation("kb.article.meta", a.level(), a.version(), a.effectiveFrom(),
                a.effectiveUntil() == null ? getTranslation("kb.article.open") : a.effectiveUntil(), a.asOf())));
        if (!a.headingPath().isEmpty()) {
            add(new Paragraph(String.join(" › ", a.headingPath())));
        }
        Div body = new Div();
        body.setId("kb-article-text");
        for (int p = 0; p < a.paragraphs().size(); p++) {
            var paragraph = a.paragraphs().get(p);
            Div para = new Div(new Span(getTranslation("kb.article.paragraph", p + 1) + "　"), cited(paragraph.text(), a));
            para.addClassName("kb-paragraph");
            body.add(para);
            for (Item item : paragraph.items()) {
                Div line = new Div(cited(item.text(), a));
                line.getStyle().set("padding-left", "2em");
                body.add(line);
            }
        }
        add(body);
        HorizontalLayout tags = new HorizontalLayout();
        a.tags().forEach(t -> {
            Span badge = new Span(t);
            badge.getElement().getThemeList().add("badge contrast");
            tags.add(badge);
        });
        add(new H3(getTranslation("kb.article.tags")), tags);
        add(new H3(getTranslation("kb.article.versions")), versions(a));
        add(new H3(getTranslation("kb.article.cites")), neighbours(a.cites()));
        add(new H3(getTranslation("kb.article.citedBy")), neighbours(a.citedBy()));
    }

    private Span cited(String text, ArticleDetails a) {
        CitationVerification.Verification checked = verification.verify(text, a.asOf(), a.statute());
        return CitationText.render(text, checked);
    }

    private VerticalLayout versions(ArticleDetails a) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        for (KnowledgeSearch.StatuteSummary v : a.versions()) {
            String text = getTranslation("kb.article.version", v.version(), v.effective(),
                    v.effectiveUntil() == null ? getTranslation("kb.article.open") : v.effectiveUntil(), v.articleCount());
            RouterLink link = new RouterLink(text, ArticleView.class,
                    new RouteParameters(Map.of("statute", a.statute(), "articleNo", a.article())));
            link.setQueryParameters(QueryParameters.of("asOf", v.effective().toString()));
            if (v.versionId().equals(a.versionId())) {
                link.getStyle().set("font-weight", "bold");
            }
            list.add(link);
        }
        return list;
    }

    private VerticalLayout neighbours(List<ArticleDetails.Neighbour> neighbours) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        if (neighbours.isEmpty()) {
            list.add(new Span(getTranslation("kb.article.none")));
        }
        for (ArticleDetails.Neighbour n : neighbours) {
            String text = "《" + n.statute() + "》" + n.articleNo();
            if (n.resolved()) {
                list.add(new RouterLink(text, ArticleView.class,
                        new RouteParameters(Map.of("statute", n.statute(), "articleNo", n.article()))));
            } else {
                Span unresolved = new Span(text + " ✗");
                unresolved.addClassName("kb-unresolved");
                list.add(unresolved);
            }
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
