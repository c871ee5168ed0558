package org.zhiban.knowledge.ui;

import com.vaadin.flow.component.Html;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/** Highlighted snippets: only {@code <em>} survives, everything else is text. */
final class SafeHtml {

    private static final Safelist EM_ONLY = Safelist.none().addTags("em");

    private SafeHtml() {
    }

    static Html snippet(String html) {
        Html out = new Html("<span class=\"kb-snippet\">" + Jsoup.clean(html == null ? "" : html, EM_ONLY) + "</span>");
        return out;
    }
}
