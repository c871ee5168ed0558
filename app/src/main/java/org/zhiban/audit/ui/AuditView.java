package org.zhiban.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhiban.audit.ReviewTrail;
import org.zhiban.audit.ReviewTrail.RecordView;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Directory;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.ledger.audit.AuditReport;
import org.zhiban.ledger.audit.CaseVerification;
import org.zhiban.ledger.audit.RecordCheck;
import org.zhiban.ledger.proof.RecordProof;
import org.zhiban.shared.ui.Formats;
import org.zhiban.shared.ui.Notifications;

/**
 * 审计追溯: a case's review records with ✓/✗ each, verified in one action; a selected record shows its chain from
 * the entry through the audit path and the signed checkpoint to the anchor. Auditors reach every case; a
 * department's staff reach their own cases from the case view (the trail checks case access; the whole-log audit
 * stays with auditors).
 */
@Route("audit")
@Menu(order = 4, icon = "vaadin:shield", title = "nav.audit")
@RolesAllowed({Role.Names.AUDITOR, Role.Names.AUDITADMIN, Role.Names.OFFICER, Role.Names.REVIEWER, Role.Names.LEADER})
public class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewTrail trail;
    /** Display names, looked up once per user for as long as the view lives. */
    private final java.util.function.Function<String, String> names;
    final TextField caseId = new TextField();
    final Grid<RecordView> records = new Grid<>(RecordView.class, false);
    private final Paragraph summary = new Paragraph();
    private final VerticalLayout chain = new VerticalLayout();
    private Map<String, RecordCheck> checks = Map.of();

    public AuditView(ReviewTrail trail, Directory directory) {
        this.trail = trail;
        this.names = directory.displayNames();
        caseId.setLabel(getTranslation("audit.caseId"));
        caseId.setId("audit-case");
        Button verify = new Button(getTranslation("audit.verifyCase"), e -> verifyCase());
        verify.setId("audit-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button whole = new Button(getTranslation("audit.verifyAll"), e -> verifyWholeLog());
        ZhibanUser user = CurrentUser.get();
        whole.setVisible(user.has(Role.AUDITOR) || user.has(Role.AUDITADMIN));
        HorizontalLayout bar = new HorizontalLayout(caseId, verify, whole);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        summary.setId("audit-summary");
        records.addColumn(r -> mark(r.recordId())).setHeader("").setKey("mark").setAutoWidth(true);
        records.addColumn(RecordView::leafIndex).setHeader(getTranslation("audit.col.leaf")).setAutoWidth(true);
        records.addColumn(r -> Formats.dateTime(r.recordedAt())).setHeader(getTranslation("audit.col.time")).setAutoWidth(true);
        records.addColumn(r -> names.apply(r.user())).setHeader(getTranslation("audit.col.user")).setAutoWidth(true);
        records.addColumn(RecordView::activity).setHeader(getTranslation("audit.col.activity")).setAutoWidth(true);
        records.addColumn(r -> getTranslation("outcome." + r.action())).setHeader(getTranslation("audit.col.action")).setAutoWidth(true);
        records.addColumn(r -> r.opinion() == null ? "" : r.opinion()).setHeader(getTranslation("audit.col.opinion")).setFlexGrow(2);
        records.addColumn(this::failureReason).setHeader(getTranslation("audit.col.reason")).setFlexGrow(2);
        records.setAllRowsVisible(true);
        records.asSingleSelect().addValueChangeListener(e -> showChain(e.getValue()));
        add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.hint")), bar, summary, records,
                new H3(getTranslation("audit.chain")), chain);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("case").ifPresent(id -> {
            caseId.setValue(id);
            verifyCase();
        });
    }

    void verifyCase() {
        Notifications.attempt(() -> {
            List<RecordView> found = trail.records(CurrentUser.get(), caseId.getValue().strip());
            CaseVerification verification = trail.verifyCase(CurrentUser.get(), caseId.getValue().strip());
            checks = verification.records().stream().collect(Collectors.toMap(RecordCheck::recordId, Function.identity()));
            records.setItems(found);
            long ok = verification.records().stream().filter(c -> c.status() == RecordCheck.Status.VERIFIED).count();
            long failed = verification.records().stream().filter(c -> c.status() == RecordCheck.Status.FAILED).count();
            summary.setText(getTranslation("audit.summary", found.size(), ok, failed, found.size() - ok - failed));
        });
    }

    private void verifyWholeLog() {
        Notifications.attempt(() -> {
            AuditReport report = trail.auditWholeLog(CurrentUser.get());
            summary.setText(report.intact()
                    ? getTranslation("audit.whole.ok", report.recordsChecked(), report.checkpointsChecked())
                    : getTranslation("audit.whole.bad", report.findings().size()) + " "
                            + report.findings().stream().map(f -> f.message()).collect(Collectors.joining("；")));
        });
    }

    /** Only a failed check needs explaining; a ✓ speaks for itself. */
    private String failureReason(RecordView record) {
        RecordCheck check = checks.get(record.recordId());
        return check == null || check.status() == RecordCheck.Status.VERIFIED || check.reason() == null
                ? "" : check.reason();
    }

    private String mark(String recordId) {
        RecordCheck check = checks.get(recordId);
        if (check == null) {
            return "";
        }
        return switch (check.status()) {
            case VERIFIED -> "✓";
            case FAILED -> "✗";
            default -> "…";
        };
    }

    private void showChain(RecordView record) {
        chain.removeAll();
        if (record == null) {
            return;
        }
        Notifications.attempt(() -> {
            RecordProof proof = trail.proof(CurrentUser.get(), record.recordId());
            Pre entry = new Pre(proof.entry());
            entry.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all");
            chain.add(new Paragraph(getTranslation("audit.chain.entry")), entry,
                    new Paragraph(getTranslation("audit.chain.leaf", proof.hashAlgorithm(), proof.leafIndex(), proof.leafHash())),
                    new Paragraph(getTranslation("audit.chain.path", proof.auditPath().size(), proof.treeSize(), proof.rootHash())),
                    new Paragraph(getTranslation("audit.chain.checkpoint", proof.checkpoint().origin(),
                            proof.checkpoint().treeSize(), proof.checkpoint().signature())),
                    new Paragraph(proof.anchor() == null ? getTranslation("audit.chain.anchorPending")
                            : getTranslation("audit.chain.anchor", proof.anchor().type(), proof.anchor().txId(),
                            String.valueOf(proof.anchor().block()))));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
