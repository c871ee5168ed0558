package org.zhiban.cases.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.function.Function;
import org.zhiban.cases.Attachment;
import org.zhiban.cases.CaseAttachments;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.ui.Formats;
import org.zhiban.shared.ui.Notifications;

/**
 * 材料: the case's attachments (current versions, downloadable through the API with the user's session) and,
 * for case staff, an upload that goes through the same guard as every other upload.
 */
class AttachmentsPanel extends VerticalLayout {

    private final CaseAttachments attachments;
    private final ZhibanUser user;
    private final String caseId;
    final Grid<Attachment> grid = new Grid<>();

    AttachmentsPanel(CaseAttachments attachments, ZhibanUser user, String caseId, Function<String, String> names) {
        this.attachments = attachments;
        this.user = user;
        this.caseId = caseId;
        setPadding(false);
        grid.addComponentColumn(a -> {
            Anchor link = new Anchor("api/cases/" + caseId + "/attachments/" + a.id(), a.name());
            link.getElement().setAttribute("download", true);
            return link;
        }).setHeader(getTranslation("case.attachments.col.name")).setFlexGrow(3);
        grid.addColumn(a -> "v" + a.version()).setHeader(getTranslation("case.attachments.col.version")).setAutoWidth(true);
        grid.addColumn(a -> size(a.size())).setHeader(getTranslation("case.attachments.col.size")).setAutoWidth(true);
        grid.addColumn(a -> names.apply(a.uploadedBy())).setHeader(getTranslation("case.attachments.col.by")).setAutoWidth(true);
        grid.addColumn(a -> Formats.dateTime(a.uploadedAt())).setHeader(getTranslation("case.attachments.col.time"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.sha256().substring(0, 16) + "…").setHeader(getTranslation("case.attachments.col.sha256"))
                .setTooltipGenerator(Attachment::sha256).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setId("case-attachments");
        grid.setEmptyStateText(getTranslation("case.attachments.none"));
        add(grid);
        if (user.isCaseStaff()) {
            UI ui = UI.getCurrent();
            Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() -> {
                if (Notifications.attempt(() -> attachments.upload(user, caseId, null, metadata.fileName(), data, null))) {
                    Notifications.success(getTranslation("case.attachments.uploaded", metadata.fileName()));
                }
                refresh();
            })));
            upload.setId("case-attachment-upload");
            upload.setUploadButton(new com.vaadin.flow.component.button.Button(getTranslation("case.attachments.upload")));
            add(upload);
        }
        refresh();
    }

    void refresh() {
        grid.setItems(attachments.list(user, caseId, false));
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? String.format("%.1f KB", bytes / 1024.0)
                : String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
