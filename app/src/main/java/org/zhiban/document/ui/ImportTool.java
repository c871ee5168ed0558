package org.zhiban.document.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.springframework.core.annotation.Order;
import org.zhiban.document.writing.DocxImport;
import org.zhiban.document.writing.ImportedDocument;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.ui.Notifications;

/**
 * 导入 DOCX: a document written in Word — its 标题, 主送, body with headings and 附件说明 read into the editor for the
 * officer to check and save. The upload passes the framework's guard first; nothing is stored by the import.
 */
@org.springframework.stereotype.Component
@Order(40)
class ImportTool implements DocumentEditorTool {

    private final DocxImport docxImport;

    ImportTool(DocxImport docxImport) {
        this.docxImport = docxImport;
    }

    @Override
    public Optional<Component> button(ZhibanUser user, String caseId, boolean drafting,
                                      Supplier<Map<String, String>> values, BiConsumer<String, String> fill) {
        if (!drafting) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> ui.access(() ->
                Notifications.attempt(() -> {
                    ImportedDocument doc = docxImport.read(metadata.fileName(), data);
                    put(fill, "title", doc.title());
                    put(fill, "mainRecipients", doc.mainRecipients());
                    put(fill, "issuingOrgan", doc.issuingOrgan());
                    put(fill, "body", doc.body());
                    put(fill, "attachmentNote", doc.attachmentNote());
                    Notifications.success(ui.getTranslation("document.import.done", metadata.fileName()));
                }))));
        upload.setId("editor-import");
        upload.setAcceptedFileTypes(".docx");
        upload.setMaxFiles(1);
        Button button = new Button(ui.getTranslation("document.import.open"));
        upload.setUploadButton(button);
        upload.setDropAllowed(false);
        return Optional.of(upload);
    }

    private static void put(BiConsumer<String, String> fill, String key, String value) {
        if (value != null && !value.isBlank()) {
            fill.accept(key, value);
        }
    }
}
