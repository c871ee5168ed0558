package org.zhiban.knowledge.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import org.zhiban.knowledge.CitationVerification;

/** A line of text with every citation in it turned into a link, or marked ✗ when the citation does not resolve. */
final class CitationText {

    private CitationText() {
    }

    static Span render(String text, CitationVerification.Verification verification) {
        Span line = new Span();
        int at = 0;
        for (CitationVerification.VerifiedCitation c : verification.citations()) {
            if (c.start() < at) {
                continue;
            }
            line.add(text.substring(at, c.start()));
            String cited = text.substring(c.start(), c.end());
            if (c.versionId() != null) {
                RouterLink link = new RouterLink(cited, ArticleView.class,
                        new RouteParameters(Map.of("statute", c.statute(), "articleNo", c.article())));
                link.addClassName(c.resolved() ? "kb-citation" : "kb-citation-warning");
                link.getElement().setAttribute("title", line.getTranslation("kb.citation." + c.status()));
                line.add(link);
            } else {
                Span unresolved = new Span(cited + " ✗");
                unresolved.addClassName("kb-unresolved");
                unresolved.getStyle().set("color", "var(--lumo-error-text-color)");
                unresolved.getElement().setAttribute("title", line.getTranslation("kb.citation." + c.status()));
                line.add(unresolved);
            }
            at = c.end();
        }
        line.add(text.substring(at));
        return line;
    }
}
