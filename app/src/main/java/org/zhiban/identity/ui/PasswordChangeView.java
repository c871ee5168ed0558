package org.zhiban.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhiban.identity.AccountStage;
import org.zhiban.identity.AccountStates;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.SecurityPolicies;
import org.zhiban.identity.SecurityPolicy;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.identity.login.LoginStages;
import org.zhiban.identity.password.Passwords;
import org.zhiban.shared.Refusal;

/**
 * 修改口令: a person's own password, any time; and the page a login is held on when the password must change
 * (a reset, the first login of an imported account, or older than the policy allows). The policy is stated up front.
 */
@Route(value = "account/password", autoLayout = false)
@PermitAll
public class PasswordChangeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Passwords passwords;
    private final LoginStages stages;
    private final SecurityPolicies policies;
    private final AccountStates states;
    private final AuthenticationContext authentication;

    public PasswordChangeView(Passwords passwords, LoginStages stages, SecurityPolicies policies, AccountStates states,
                              AuthenticationContext authentication) {
        this.passwords = passwords;
        this.stages = stages;
        this.policies = policies;
        this.states = states;
        this.authentication = authentication;
        setMaxWidth("32em");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AccountStage stage = AccountStage.of(SecurityContextHolder.getContext().getAuthentication());
        if (stage == null || stage == AccountStage.SECOND_FACTOR) {
            event.forwardTo(LoginView.class);
            return;
        }
        ZhibanUser user = CurrentUser.atAnyStage().orElseThrow();
        SecurityPolicy policy = policies.current();
        removeAll();
        add(new H2(getTranslation("password.title")));
        if (stage == AccountStage.PASSWORD_CHANGE) {
            add(new Paragraph(getTranslation("password.due")));
        }
        add(new Paragraph(getTranslation("password.policy", policy.passwordMinLength(),
                policy.passwordCharacterClasses(), policy.passwordHistory(), policy.passwordMaxAgeDays())));
        if (states.of(user.id()).kind() == AccountStates.Kind.DEMO) {
            add(new Paragraph(getTranslation("password.demoExempt")));
        }
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("current-password");
        PasswordField fresh = new PasswordField(getTranslation("password.new"));
        fresh.setId("new-password");
        PasswordField again = new PasswordField(getTranslation("password.again"));
        again.setId("new-password-again");
        for (PasswordField f : new PasswordField[] {current, fresh, again}) {
            f.setWidthFull();
        }
        Button save = new Button(getTranslation("password.save"), e -> save(user, stage, current, fresh, again));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = stage == AccountStage.READY
                ? new Button(getTranslation("password.back"), e -> UI.getCurrent().navigate(""))
                : new Button(getTranslation("app.logout"), e -> authentication.logout());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(current, fresh, again, save, back);
    }

    private void save(ZhibanUser user, AccountStage stage, PasswordField current, PasswordField fresh,
                      PasswordField again) {
        fresh.setInvalid(false);
        current.setInvalid(false);
        if (!fresh.getValue().equals(again.getValue())) {
            again.setErrorMessage(getTranslation("password.mismatch"));
            again.setInvalid(true);
            return;
        }
        again.setInvalid(false);
        try {
            passwords.changeOwn(user.id(), current.getValue(), fresh.getValue());
        } catch (Refusal r) {
            String message = r.fieldProblems().isEmpty() ? getTranslation(r.messageKey())
                    : String.join("；", r.fieldProblems().stream()
                    .map(p -> getTranslation(p.messageKey(), p.args().toArray())).toList());
            PasswordField field = r.fieldProblems().stream().anyMatch(p -> "currentPassword".equals(p.field()))
                    ? current : fresh;
            field.setErrorMessage(message);
            field.setInvalid(true);
            return;
        }
        if (stage == AccountStage.PASSWORD_CHANGE) {
            Gates.advance(stages.passed(user, AccountStage.PASSWORD_CHANGE));
        }
        Notification.show(getTranslation("password.changed"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
