package org.zhiban.knowledge.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.zhiban.identity.Role;
import org.zhiban.integrations.lawtext.StatuteLevel;
import org.zhiban.knowledge.ImportReport;
import org.zhiban.knowledge.KnowledgeAdministration;
import org.zhiban.knowledge.KnowledgeSearch;
import org.zhiban.shared.ui.Formats;
import org.zhiban.shared.ui.Notifications;

/**
 * 知识库管理: import the shipped statutes, rebuild the index, upload a policy document (progress shown while it
 * is parsed, stored and indexed in the background; the page polls until it is done) and see what is stored.
 */
@Route("knowledge/admin")
@Menu(order = 8, icon = "vaadin:cog", title = "nav.kb.admin")
@RolesAllowed(Role.Names.SYSADMIN)
public class KnowledgeAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final int POLL_MS = 300;

    private final KnowledgeAdministration administration;
    private final KnowledgeSearch search;
    final Grid<KnowledgeSearch.StatuteSummary> statutes = new Grid<>();
    final TextField title = new TextField();
    final ComboBox<StatuteLevel> level = new ComboBox<>();
    final DatePicker effective = new DatePicker();
    final ProgressBar progress = new ProgressBar(0, 1);
    final Span status = new Span();
    final Button uploadButton = new Button();
    final com.vaadin.flow.component.checkbox.Checkbox replace = new com.vaadin.flow.component.checkbox.Checkbox();
    private String fileName;
    private byte[] content;

    private final java.time.Clock clock;

    public KnowledgeAdminView(KnowledgeAdministration administration, KnowledgeSearch search, java.time.Clock clock) {
        this.clock = clock;
        this.administration = administration;
        this.search = search;
        Button importButton = new Button(getTranslation("kb.admin.import"), e -> importShipped());
        importButton.setId("kb-import");
        Button rebuild = new Button(getTranslation("kb.admin.rebuild"), e -> rebuild());
        rebuild.setId("kb-rebuild");
        add(new H2(getTranslation("kb.admin.title")), new HorizontalLayout(importButton, rebuild));
        add(new H3(getTranslation("kb.admin.upload")), uploadForm(), progress, status);
        statutes.addColumn(KnowledgeSearch.StatuteSummary::title).setHeader(getTranslation("kb.admin.col.statute"))
                .setFlexGrow(3).setTooltipGenerator(KnowledgeSearch.StatuteSummary::title);
        statutes.addColumn(s -> s.level() + " · " + s.version()).setHeader(getTranslation("kb.admin.col.version"))
                .setAutoWidth(true);
        statutes.addColumn(KnowledgeSearch.StatuteSummary::effective).setHeader(getTranslation("kb.admin.col.effective"))
                .setAutoWidth(true);
        statutes.addColumn(s -> s.effectiveUntil() == null ? "" : s.effectiveUntil().toString())
                .setHeader(getTranslation("kb.admin.col.until")).setAutoWidth(true);
        statutes.addColumn(KnowledgeSearch.StatuteSummary::articleCount).setHeader(getTranslation("kb.admin.col.count"))
                .setAutoWidth(true);
        statutes.addColumn(s -> getTranslation("kb.source." + s.source())).setHeader(getTranslation("kb.admin.col.source"))
                .setAutoWidth(true);
        add(new H3(getTranslation("kb.admin.statutes")), statutes);
        progress.setVisible(false);
        refreshList();
    }

    private VerticalLayout uploadForm() {
        title.setLabel(getTranslation("kb.admin.upload.title"));
        title.setWidth("24em");
        level.setLabel(getTranslation("kb.admin.upload.level"));
        level.setItems(Arrays.asList(StatuteLevel.values()));
        level.setItemLabelGenerator(StatuteLevel::chineseName);
        effective.setLabel(getTranslation("kb.admin.upload.effective"));
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            fileName = metadata.fileName();
            content = bytes;
        }));
        upload.setAcceptedFileTypes(".docx", ".pdf", ".txt", ".md", ".markdown");
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.setMaxFiles(1);
        upload.setDropLabel(new Span(getTranslation("kb.admin.upload.file")));
        upload.setUploadButton(new Button(getTranslation("kb.admin.upload.choose")));
        uploadButton.setText(getTranslation("kb.admin.upload.go"));
        uploadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        uploadButton.addClickListener(e -> startUpload());
        HorizontalLayout fields = new HorizontalLayout(title, level, effective);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        replace.setLabel(getTranslation("kb.admin.upload.replace"));
        replace.setId("kb-upload-replace");
        VerticalLayout form = new VerticalLayout(fields, upload, replace, uploadButton);
        form.setPadding(false);
        return form;
    }

    private void importShipped() {
        Notifications.attempt(() -> {
            ImportReport r = administration.importShipped();
            Notifications.success(getTranslation("kb.admin.imported", r.versionsAdded(), r.versionsReplaced(),
                    r.versionsUnchanged(), r.millis()));
            refreshList();
        });
    }

    private void rebuild() {
        Notifications.attempt(() -> {
            KnowledgeAdministration.IndexStatus s = administration.rebuildIndex();
            Notifications.success(getTranslation("kb.admin.rebuilt", s.generation(), s.articles(), s.buildMillis()));
        });
    }

    /** Parses, stores and indexes in the background; the page polls and the bar follows the progress. */
    void startUpload() {
        if (content == null) {
            Notifications.error(getTranslation("kb.admin.upload.noFile"));
            return;
        }
        UI ui = UI.getCurrent();
        String name = fileName;
        byte[] bytes = content;
        String docTitle = title.getValue();
        String docLevel = level.getValue() == null ? null : level.getValue().name();
        LocalDate from = effective.getValue();
        boolean replacing = replace.getValue();
        uploadButton.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText("");
        ui.setPollInterval(POLL_MS);
        // the upload runs off the UI thread, as the administrator who started it (it is logged under their name)
        var runAs = new org.springframework.security.concurrent.DelegatingSecurityContextExecutor(
                java.util.concurrent.ForkJoinPool.commonPool(),
                org.springframework.security.core.context.SecurityContextHolder.getContext());
        CompletableFuture.supplyAsync(() -> administration.upload(name, bytes, docTitle, docLevel, from, replacing,
                        p -> ui.access(() -> progress.setValue(p))), runAs)
                .whenComplete((result, failure) -> ui.access(() -> finishUpload(ui, result, failure)));
    }

    private void finishUpload(UI ui, KnowledgeAdministration.UploadResult result, Throwable failure) {
        ui.setPollInterval(-1);
        uploadButton.setEnabled(true);
        progress.setVisible(false);
        if (failure != null) {
            Throwable cause = failure.getCause() == null ? failure : failure.getCause();
            Notifications.error(cause instanceof RuntimeException refusal ? Notifications.describe(refusal)
                    : cause.getMessage());
            return;
        }
        content = null;
        status.setText(getTranslation("kb.admin.upload.done", result.statute(), result.articleCount()) + " · "
                + Formats.dateTime(clock.instant()));
        refreshList();
    }

    private void refreshList() {
        statutes.setItems(search.statutes());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kb.admin.title") + " · " + getTranslation("app.name");
    }
}
