package org.zhiban.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.springframework.core.annotation.Order;
import org.zhiban.document.DocumentEditing;
import org.zhiban.document.layout.LayoutFormat;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.ui.Notifications;

/**
 * 版式预览: the draft laid out by GB/T 9704 in the browser before signing, and as DOCX, OFD or PDF to download —
 * and, once issued or filed, the stored files themselves. The saved draft is laid out: save first to see edits.
 */
@org.springframework.stereotype.Component
@Order(20)
class PreviewTool implements DocumentEditorTool {

    private final DocumentEditing editing;

    PreviewTool(DocumentEditing editing) {
        this.editing = editing;
    }

    @Override
    public Optional<Component> button(ZhibanUser user, String caseId, boolean drafting,
                                      Supplier<Map<String, String>> values, BiConsumer<String, String> fill) {
        Button button = new Button();
        button.setText(button.getTranslation("document.preview.open"));
        button.setId("editor-preview");
        button.addClickListener(e -> Notifications.attempt(() -> open(user, caseId)));
        return Optional.of(button);
    }

    private void open(ZhibanUser user, String caseId) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("document.preview.title", caseId));
        dialog.setWidth("min(70rem, 96vw)");
        dialog.setHeight("92vh");
        Div pages = new Div();
        pages.setId("preview-pages");
        pages.getStyle().set("background", "var(--lumo-contrast-10pct)").set("padding", "1em").set("text-align", "center");
        List<byte[]> images = editing.previewPages(user, caseId);
        for (int i = 0; i < images.size(); i++) {
            byte[] png = images.get(i);
            Image page = new Image(new StreamResource(caseId + "-" + (i + 1) + ".png", () -> new ByteArrayInputStream(png)),
                    dialog.getTranslation("document.preview.page", i + 1));
            page.getStyle().set("display", "block").set("margin", "0 auto 1em").set("box-shadow", "0 1px 6px #0003")
                    .set("max-width", "100%");
            pages.add(page);
        }
        HorizontalLayout downloads = new HorizontalLayout();
        for (LayoutFormat format : LayoutFormat.values()) {
            Anchor a = new Anchor(resource(user, caseId, format), dialog.getTranslation("document.preview.download",
                    format.extension().toUpperCase()));
            a.getElement().setAttribute("download", true);
            downloads.add(a);
        }
        for (DocumentEditing.StoredFile f : editing.files(user, caseId)) {
            StreamResource stored = new StreamResource(f.fileName(), () -> new ByteArrayInputStream(
                    editing.download(user, caseId, f.stage(), f.kind()).content()));
            Anchor a = new Anchor(stored, f.fileName());
            a.getElement().setAttribute("download", true);
            downloads.add(a);
        }
        downloads.getStyle().set("flex-wrap", "wrap");
        dialog.add(downloads, pages);
        dialog.getFooter().add(new Button(dialog.getTranslation("task.cancel"), e -> dialog.close()));
        dialog.open();
    }

    private StreamResource resource(ZhibanUser user, String caseId, LayoutFormat format) {
        StreamResource r = new StreamResource(caseId + "-预览." + format.extension(),
                () -> new ByteArrayInputStream(editing.preview(user, caseId, format).content()));
        r.setContentType(format.mediaType());
        return r;
    }
}
