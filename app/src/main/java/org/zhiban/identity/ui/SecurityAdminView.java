package org.zhiban.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Role;
import org.zhiban.identity.SecurityPolicies;
import org.zhiban.identity.SecurityPolicy;
import org.zhiban.identity.admin.AccountUnlocking;
import org.zhiban.identity.login.LoginLog;
import org.zhiban.identity.login.LoginThrottle;
import org.zhiban.identity.login.SecondFactors;
import org.zhiban.shared.ui.Formats;
import org.zhiban.shared.ui.Notifications;

/**
 * 安全管理 (安全管理员): the password, lockout and session policy; locked accounts and their unlocking; the login
 * log; and the reset of a lost authenticator. No case content and no user administration here.
 */
@Route("admin/security")
@Menu(order = 12, icon = "vaadin:shield", title = "nav.admin.security")
@RolesAllowed(Role.Names.SECADMIN)
public class SecurityAdminView extends VerticalLayout implements HasDynamicTitle {

    private final SecurityPolicies policies;
    private final AccountUnlocking unlocking;
    private final LoginLog loginLog;
    private final SecondFactors secondFactors;
    final Grid<LoginThrottle.Lock> locked = new Grid<>();
    final Grid<LoginLog.Event> events = new Grid<>();
    private final IntegerField minLength = number("passwordMinLength");
    private final IntegerField classes = number("passwordCharacterClasses");
    private final IntegerField history = number("passwordHistory");
    private final IntegerField maxAge = number("passwordMaxAgeDays");
    private final IntegerField attempts = number("lockoutMaxAttempts");
    private final IntegerField lockMinutes = number("lockoutMinutes");
    private final IntegerField sessionMinutes = number("sessionTimeoutMinutes");
    private final Checkbox everyone = new Checkbox(getTranslation("field.secondFactorForEveryone"));

    public SecurityAdminView(SecurityPolicies policies, AccountUnlocking unlocking, LoginLog loginLog,
                             SecondFactors secondFactors) {
        this.policies = policies;
        this.unlocking = unlocking;
        this.loginLog = loginLog;
        this.secondFactors = secondFactors;
        FormLayout policy = new FormLayout(minLength, classes, history, maxAge, attempts, lockMinutes, sessionMinutes, everyone);
        policy.setId("security-policy");
        Button save = new Button(getTranslation("admin.save"), e -> savePolicy());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        locked.setId("locked-accounts");
        locked.addColumn(LoginThrottle.Lock::loginName).setHeader(getTranslation("admin.users.id")).setAutoWidth(true);
        locked.addColumn(LoginThrottle.Lock::failures).setHeader(getTranslation("security.locked.failures")).setAutoWidth(true);
        locked.addColumn(l -> Formats.dateTime(l.lockedUntil())).setHeader(getTranslation("security.locked.until")).setAutoWidth(true);
        locked.addComponentColumn(l -> new Button(getTranslation("security.unlock"), e -> {
            if (Notifications.attempt(() -> unlocking.unlock(CurrentUser.get(), l.loginName()))) {
                refresh();
            }
        })).setAutoWidth(true);
        locked.setAllRowsVisible(true);

        events.setId("login-events");
        events.addColumn(e -> Formats.dateTime(e.at())).setHeader(getTranslation("security.log.time")).setAutoWidth(true);
        events.addColumn(LoginLog.Event::loginName).setHeader(getTranslation("admin.users.id")).setAutoWidth(true);
        events.addColumn(e -> getTranslation("security.outcome." + e.outcome().name())).setHeader(getTranslation("security.log.outcome")).setAutoWidth(true);
        events.addColumn(e -> e.address() == null ? "—" : e.address()).setHeader(getTranslation("security.log.address")).setAutoWidth(true);
        events.addColumn(e -> e.channel().name()).setHeader(getTranslation("security.log.channel")).setAutoWidth(true);
        TextField who = new TextField(getTranslation("security.log.filter"));
        who.addValueChangeListener(e -> events.setItems(loginLog.recent(e.getValue(), null, 500)));

        TextField resetUser = new TextField(getTranslation("security.totp.user"));
        Button reset = new Button(getTranslation("security.totp.reset"), e -> {
            if (Notifications.attempt(() -> secondFactors.reset(CurrentUser.get(), resetUser.getValue().strip()))) {
                Notifications.success(getTranslation("security.totp.resetDone", resetUser.getValue()));
            }
        });

        add(new H2(getTranslation("security.title")), new H3(getTranslation("security.policy")), policy, save,
                new H3(getTranslation("security.locked")), locked, new H3(getTranslation("security.totp")),
                new HorizontalLayout(resetUser, reset), new H3(getTranslation("security.log")), who, events);
        show(policies.current());
        refresh();
    }

    private void savePolicy() {
        SecurityPolicy wanted = new SecurityPolicy(value(minLength), value(classes), value(history), value(maxAge),
                value(attempts), value(lockMinutes), value(sessionMinutes), everyone.getValue());
        if (Notifications.attempt(() -> show(policies.change(CurrentUser.get(), wanted)))) {
            Notifications.success(getTranslation("security.policy.saved"));
        }
    }

    private void show(SecurityPolicy p) {
        minLength.setValue(p.passwordMinLength());
        classes.setValue(p.passwordCharacterClasses());
        history.setValue(p.passwordHistory());
        maxAge.setValue(p.passwordMaxAgeDays());
        attempts.setValue(p.lockoutMaxAttempts());
        lockMinutes.setValue(p.lockoutMinutes());
        sessionMinutes.setValue(p.sessionTimeoutMinutes());
        everyone.setValue(p.secondFactorForEveryone());
    }

    private void refresh() {
        locked.setItems(unlocking.lockedAccounts());
        events.setItems(loginLog.recent(null, null, 500));
    }

    private IntegerField number(String field) {
        IntegerField f = new IntegerField(getTranslation("field." + field));
        f.setStepButtonsVisible(true);
        return f;
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? -1 : f.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.title");
    }
}
