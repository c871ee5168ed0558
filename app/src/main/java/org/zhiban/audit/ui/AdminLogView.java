package org.zhiban.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.zhiban.audit.AdminLog;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Role;
import org.zhiban.shared.ui.Formats;

/**
 * 管理操作日志 (审计管理员): every act of the system and security administrators, of the knowledge administration
 * and of the system itself, as review records on the ledger — filtered, verified against the signed checkpoints,
 * exported as CSV.
 */
@Route("admin/operations")
@Menu(order = 13, icon = "vaadin:file-text-o", title = "nav.admin.operations")
@RolesAllowed(Role.Names.AUDITADMIN)
public class AdminLogView extends VerticalLayout implements HasDynamicTitle {

    private final AdminLog adminLog;
    final Grid<AdminLog.Entry> entries = new Grid<>();
    final Span verification = new Span();
    private final TextField user = new TextField(getTranslation("adminlog.filter.user"));
    private final TextField operation = new TextField(getTranslation("adminlog.filter.operation"));

    public AdminLogView(AdminLog adminLog) {
        this.adminLog = adminLog;
        entries.setId("admin-operations");
        entries.addColumn(AdminLog.Entry::leafIndex).setHeader(getTranslation("adminlog.leaf")).setAutoWidth(true);
        entries.addColumn(e -> Formats.dateTime(e.recordedAt())).setHeader(getTranslation("adminlog.time")).setAutoWidth(true);
        entries.addColumn(AdminLog.Entry::user).setHeader(getTranslation("adminlog.user")).setAutoWidth(true);
        entries.addColumn(e -> getTranslation("role." + e.role())).setHeader(getTranslation("adminlog.role")).setAutoWidth(true);
        entries.addColumn(AdminLog.Entry::operation).setHeader(getTranslation("adminlog.operation")).setAutoWidth(true);
        entries.addColumn(AdminLog.Entry::detail).setHeader(getTranslation("adminlog.detail")).setFlexGrow(3);
        user.addValueChangeListener(e -> refresh());
        operation.addValueChangeListener(e -> refresh());
        verification.setId("admin-log-verification");
        Button verify = new Button(getTranslation("adminlog.verify"), e -> {
            var result = adminLog.verify(CurrentUser.get());
            verification.setText(getTranslation(result.allVerified() ? "adminlog.verified" : "adminlog.notVerified",
                    result.records().size()));
        });
        Anchor export = new Anchor("api/admin/operations/export", getTranslation("adminlog.export"));
        export.getElement().setAttribute("download", true);
        export.getElement().setAttribute("router-ignore", true);
        add(new H2(getTranslation("adminlog.title")), new Paragraph(getTranslation("adminlog.intro")),
                new HorizontalLayout(user, operation, verify, export), verification, entries);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        entries.setItems(adminLog.entries(CurrentUser.get(), user.getValue(), operation.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("adminlog.title");
    }
}
