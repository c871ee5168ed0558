package org.zhiban.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Directory;
import org.zhiban.identity.Role;
import org.zhiban.identity.admin.UserAdministration;
import org.zhiban.identity.password.Passwords;
import org.zhiban.shared.ui.Notifications;

/**
 * 用户管理 (系统管理员): accounts with their department, roles and state; create, assign, disable, reset the
 * password (the one-time password is shown once); departments. Service accounts and their tokens have their own
 * page ({@link ServiceAccountsView}).
 */
@Route("admin/users")
@Menu(order = 10, icon = "vaadin:users", title = "nav.admin.users")
@RolesAllowed(Role.Names.SYSADMIN)
public class UsersAdminView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdministration administration;
    private final Passwords passwords;
    private final Directory directory;
    final Grid<UserAdministration.UserRow> users = new Grid<>();

    public UsersAdminView(UserAdministration administration, Passwords passwords, Directory directory) {
        this.administration = administration;
        this.passwords = passwords;
        this.directory = directory;
        users.setId("admin-users");
        users.addColumn(UserAdministration.UserRow::id).setHeader(getTranslation("admin.users.id")).setAutoWidth(true);
        users.addColumn(UserAdministration.UserRow::name).setHeader(getTranslation("admin.users.name")).setAutoWidth(true);
        users.addColumn(u -> u.departmentName() == null ? "—" : u.departmentName())
                .setHeader(getTranslation("admin.users.department")).setAutoWidth(true);
        users.addColumn(u -> roleNames(u.roles())).setHeader(getTranslation("admin.users.roles")).setFlexGrow(2);
        users.addColumn(u -> getTranslation("admin.kind." + u.kind().name())).setHeader(getTranslation("admin.users.kind"))
                .setAutoWidth(true);
        users.addColumn(u -> getTranslation(u.disabled() ? "admin.users.disabled"
                : u.mustChangePassword() ? "admin.users.mustChange" : "admin.users.active"))
                .setHeader(getTranslation("admin.users.state")).setAutoWidth(true);
        users.addComponentColumn(this::actions).setHeader(getTranslation("admin.users.actions")).setAutoWidth(true);
        Button create = new Button(getTranslation("admin.users.create"), e -> createDialog().open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button department = new Button(getTranslation("admin.departments.create"), e -> departmentDialog().open());
        add(new H2(getTranslation("admin.users.title")), new Paragraph(getTranslation("admin.users.intro")),
                new HorizontalLayout(create, department), users);
        setSizeFull();
        refresh();
    }

    private HorizontalLayout actions(UserAdministration.UserRow row) {
        HorizontalLayout actions = new HorizontalLayout();
        if (row.id().equals(CurrentUser.get().id())) {
            return actions;  // no administrator acts on their own account
        }
        Button assign = small("admin.users.assign", () -> assignDialog(row).open());
        Button toggle = small(row.disabled() ? "admin.users.enable" : "admin.users.disable", () -> {
            if (Notifications.attempt(() -> administration.setDisabled(CurrentUser.get(), row.id(), !row.disabled()))) {
                refresh();
            }
        });
        actions.add(assign, toggle);
        if (row.kind() != org.zhiban.identity.AccountStates.Kind.SERVICE) {
            actions.add(small("admin.users.reset", () -> Notifications.attempt(() ->
                    showOnce(getTranslation("admin.users.resetDone", row.id()), passwords.reset(CurrentUser.get(), row.id())))));
        }
        return actions;
    }

    private Dialog createDialog() {
        Dialog dialog = new Dialog(getTranslation("admin.users.create"));
        TextField id = new TextField(getTranslation("admin.users.id"));
        TextField family = new TextField(getTranslation("admin.users.familyName"));
        TextField given = new TextField(getTranslation("admin.users.givenName"));
        TextField email = new TextField(getTranslation("admin.users.email"));
        ComboBox<String> department = departmentBox();
        CheckboxGroup<Role> roles = roleBox();
        Button save = new Button(getTranslation("admin.save"), e -> Notifications.attempt(() -> {
            var created = administration.create(CurrentUser.get(), new UserAdministration.NewUser(id.getValue().strip(),
                    family.getValue(), given.getValue(), email.getValue(), department.getValue(), groupIds(roles.getValue())));
            dialog.close();
            refresh();
            showOnce(getTranslation("admin.users.created", created.id()), created.temporaryPassword());
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(id, family, given, email, department, roles));
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    private Dialog assignDialog(UserAdministration.UserRow row) {
        Dialog dialog = new Dialog(getTranslation("admin.users.assignTitle", row.id()));
        ComboBox<String> department = departmentBox();
        department.setValue(row.department());
        CheckboxGroup<Role> roles = roleBox();
        roles.setValue(row.roles());
        Button save = new Button(getTranslation("admin.save"), e -> {
            if (Notifications.attempt(() -> administration.assign(CurrentUser.get(), row.id(), department.getValue(),
                    groupIds(roles.getValue())))) {
                dialog.close();
                refresh();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(department, roles));
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    private Dialog departmentDialog() {
        Dialog dialog = new Dialog(getTranslation("admin.departments.create"));
        TextField id = new TextField(getTranslation("admin.departments.id"));
        TextField name = new TextField(getTranslation("admin.departments.name"));
        Button save = new Button(getTranslation("admin.save"), e -> {
            if (Notifications.attempt(() -> administration.createDepartment(CurrentUser.get(), id.getValue().strip(),
                    name.getValue()))) {
                dialog.close();
                Notifications.success(getTranslation("admin.departments.created", name.getValue()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(id, name));
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    /** A secret shown this once (a one-time password, a token), to be handed over out of band. */
    static void showOnce(String title, String secret) {
        Dialog dialog = new Dialog(title);
        Pre value = new Pre(secret);
        value.setId("secret-once");
        dialog.add(new Paragraph(dialog.getTranslation("admin.secretOnce")), value);
        dialog.getFooter().add(new Button(dialog.getTranslation("admin.close"), e -> dialog.close()));
        dialog.open();
    }

    private ComboBox<String> departmentBox() {
        var departments = directory.departments();
        ComboBox<String> box = new ComboBox<>(getTranslation("admin.users.department"), departments.keySet());
        box.setItemLabelGenerator(id -> departments.getOrDefault(id, id));
        box.setClearButtonVisible(true);
        return box;
    }

    private CheckboxGroup<Role> roleBox() {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("admin.users.roles"));
        roles.setItems(Arrays.asList(Role.values()));
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.groupId()));
        return roles;
    }

    private String roleNames(Set<Role> roles) {
        return roles.stream().sorted().map(r -> getTranslation("role." + r.groupId())).collect(Collectors.joining("、"));
    }

    private static List<String> groupIds(Set<Role> roles) {
        return roles.stream().map(Role::groupId).toList();
    }

    private Button small(String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void refresh() {
        users.setItems(administration.users(CurrentUser.get()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title");
    }
}
