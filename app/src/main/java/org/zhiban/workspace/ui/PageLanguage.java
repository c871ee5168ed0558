package org.zhiban.workspace.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Serves the page shell as {@code <html lang="zh-CN">} — the UI is Chinese first, and the attribute makes
 * browsers pick Chinese glyphs and screen readers the right voice — or {@code en} for a browser that asks for
 * English, the second locale.
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Locale asked = response.getVaadinRequest().getLocale();
            String lang = asked != null && "en".equals(asked.getLanguage()) ? "en" : "zh-CN";
            response.getDocument().getElementsByTag("html").attr("lang", lang);
        });
    }
}
