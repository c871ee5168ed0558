package org.zhiban.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Directory;
import org.zhiban.identity.Role;
import org.zhiban.identity.token.ApiTokens;
import org.zhiban.identity.token.ServiceAccounts;
import org.zhiban.shared.ui.Formats;
import org.zhiban.shared.ui.Notifications;

/**
 * 服务账号与令牌 (系统管理员): the OA systems and scripts that use the API, their department and case roles, and
 * their tokens — issued with scopes and an expiry, shown once, last use, revocation.
 */
@Route("admin/service-accounts")
@Menu(order = 11, icon = "vaadin:connect", title = "nav.admin.serviceAccounts")
@RolesAllowed(Role.Names.SYSADMIN)
public class ServiceAccountsView extends VerticalLayout implements HasDynamicTitle {

    private final ServiceAccounts accounts;
    private final ApiTokens tokens;
    private final Directory directory;
    private final Clock clock;
    final Grid<ServiceAccounts.ServiceAccount> grid = new Grid<>();

    public ServiceAccountsView(ServiceAccounts accounts, ApiTokens tokens, Directory directory, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.directory = directory;
        this.clock = clock;
        grid.setId("service-accounts");
        grid.addColumn(ServiceAccounts.ServiceAccount::id).setHeader(getTranslation("admin.users.id")).setAutoWidth(true);
        grid.addColumn(ServiceAccounts.ServiceAccount::name).setHeader(getTranslation("admin.users.name")).setAutoWidth(true);
        grid.addColumn(a -> a.department() == null ? "—" : directory.departmentName(a.department()).orElse(a.department()))
                .setHeader(getTranslation("admin.users.department")).setAutoWidth(true);
        grid.addColumn(a -> String.join("、", a.roles().stream().sorted().map(r -> getTranslation("role." + r.groupId())).toList()))
                .setHeader(getTranslation("admin.users.roles")).setFlexGrow(2);
        grid.addComponentColumn(a -> new Button(getTranslation("admin.tokens.manage"), e -> tokenDialog(a).open()))
                .setHeader(getTranslation("admin.tokens.title")).setAutoWidth(true);
        Button create = new Button(getTranslation("admin.serviceAccounts.create"), e -> createDialog().open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("admin.serviceAccounts.title")), new Paragraph(getTranslation("admin.serviceAccounts.intro")),
                create, grid);
        setSizeFull();
        refresh();
    }

    private Dialog createDialog() {
        Dialog dialog = new Dialog(getTranslation("admin.serviceAccounts.create"));
        TextField id = new TextField(getTranslation("admin.users.id"));
        TextField name = new TextField(getTranslation("admin.users.name"));
        var departments = directory.departments();
        ComboBox<String> department = new ComboBox<>(getTranslation("admin.users.department"), departments.keySet());
        department.setItemLabelGenerator(d -> departments.getOrDefault(d, d));
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("admin.users.roles"));
        roles.setItems(Role.values());
        roles.setItemEnabledProvider(r -> !Role.ADMINISTRATORS.contains(r));
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.groupId()));
        Button save = new Button(getTranslation("admin.save"), e -> {
            if (Notifications.attempt(() -> accounts.create(CurrentUser.get(), id.getValue().strip(), name.getValue(),
                    department.getValue(), roles.getValue().stream().map(Role::groupId).toList()))) {
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(id, name, department, roles));
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    private Dialog tokenDialog(ServiceAccounts.ServiceAccount account) {
        Dialog dialog = new Dialog(getTranslation("admin.tokens.of", account.id()));
        dialog.setWidth("56em");
        Grid<ApiTokens.TokenView> list = new Grid<>();
        list.setId("tokens");
        list.addColumn(t -> t.id().substring(0, 8)).setHeader(getTranslation("admin.tokens.id")).setAutoWidth(true);
        list.addColumn(t -> String.join(",", t.scopes())).setHeader(getTranslation("admin.tokens.scopes")).setAutoWidth(true);
        list.addColumn(t -> Formats.dateTime(t.expiresAt())).setHeader(getTranslation("admin.tokens.expires")).setAutoWidth(true);
        list.addColumn(t -> t.lastUsedAt() == null ? "—" : Formats.dateTime(t.lastUsedAt()))
                .setHeader(getTranslation("admin.tokens.lastUsed")).setAutoWidth(true);
        list.addComponentColumn(t -> {
            if (t.revokedAt() != null) {
                return new com.vaadin.flow.component.html.Span(getTranslation("admin.tokens.revoked"));
            }
            Button revoke = new Button(getTranslation("admin.tokens.revoke"), e -> {
                if (Notifications.attempt(() -> tokens.revoke(CurrentUser.get(), account.id(), t.id()))) {
                    list.setItems(tokens.tokens(account.id()));
                }
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return revoke;
        }).setAutoWidth(true);
        list.setItems(tokens.tokens(account.id()));
        list.setAllRowsVisible(true);
        CheckboxGroup<String> scopes = new CheckboxGroup<>(getTranslation("admin.tokens.scopes"));
        scopes.setItems(List.of(ApiTokens.READ, ApiTokens.ACT));
        scopes.setItemLabelGenerator(s -> getTranslation("admin.tokens.scope." + s));
        scopes.setValue(Set.of(ApiTokens.READ));
        DatePicker expires = new DatePicker(getTranslation("admin.tokens.expires"), LocalDate.now(clock).plusDays(90));
        expires.setMin(LocalDate.now(clock).plusDays(1));
        expires.setMax(LocalDate.now(clock).plusDays(365));
        Button issue = new Button(getTranslation("admin.tokens.issue"), e -> Notifications.attempt(() -> {
            var issued = tokens.issue(CurrentUser.get(), account.id(), scopes.getValue(),
                    expires.getValue() == null ? null : expires.getValue().atStartOfDay(clock.getZone()).toInstant());
            list.setItems(tokens.tokens(account.id()));
            UsersAdminView.showOnce(getTranslation("admin.tokens.issued"), issued.token());
        }));
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(list, new com.vaadin.flow.component.orderedlayout.HorizontalLayout(scopes, expires, issue)));
        dialog.getFooter().add(new Button(getTranslation("admin.close"), e -> dialog.close()));
        return dialog;
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.serviceAccounts.title");
    }
}
