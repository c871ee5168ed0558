package org.zhiban.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhiban.identity.AccountStage;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.identity.login.LoginLog;
import org.zhiban.identity.login.LoginStages;
import org.zhiban.identity.login.LoginThrottle;
import org.zhiban.identity.login.QrCode;
import org.zhiban.identity.login.SecondFactors;
import org.zhiban.shared.Refusal;

/**
 * 双因素认证: after the right password, the code from the authenticator app (or a recovery code). The first time,
 * the app is bound here: scan the QR code, prove it with a code, keep the recovery codes. Wrong codes count like
 * wrong passwords and lock the account the same way.
 */
@Route(value = "login/second-factor", autoLayout = false)
@PermitAll
public class SecondFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondFactors secondFactors;
    private final LoginStages stages;
    private final LoginThrottle throttle;
    private final LoginLog log;
    private final AuthenticationContext authentication;
    private final Clock clock;

    public SecondFactorView(SecondFactors secondFactors, LoginStages stages, LoginThrottle throttle, LoginLog log,
                            AuthenticationContext authentication, Clock clock) {
        this.secondFactors = secondFactors;
        this.stages = stages;
        this.throttle = throttle;
        this.log = log;
        this.authentication = authentication;
        this.clock = clock;
        addClassName("gate-view");
        setMaxWidth("32em");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (AccountStage.of(SecurityContextHolder.getContext().getAuthentication()) != AccountStage.SECOND_FACTOR) {
            event.forwardTo("");
            return;
        }
        ZhibanUser user = CurrentUser.atAnyStage().orElseThrow();
        removeAll();
        add(new H2(getTranslation("totp.title")));
        if (secondFactors.enrolled(user.id())) {
            askForCode(user);
        } else {
            enrol(user);
        }
    }

    private void askForCode(ZhibanUser user) {
        add(new Paragraph(getTranslation("totp.ask")));
        TextField code = codeField();
        Button verify = new Button(getTranslation("totp.verify"), e -> {
            if (secondFactors.verify(user.id(), code.getValue())) {
                throttle.succeeded(user.id());
                Gates.advance(stages.passed(user, AccountStage.SECOND_FACTOR));
                UI.getCurrent().navigate("");
            } else {
                wrongCode(user);
                code.clear();
            }
        });
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        add(code, verify, logoutButton());
    }

    private void enrol(ZhibanUser user) {
        SecondFactors.Enrolment enrolment = secondFactors.startEnrolment(user);
        add(new Paragraph(getTranslation("totp.enrol.intro")));
        Image qr = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(
                QrCode.png(enrolment.otpauthUri(), 220)), getTranslation("totp.enrol.qr"));
        qr.setId("totp-qr");
        Span secret = new Span(getTranslation("totp.enrol.secret", enrolment.secret()));
        secret.setId("totp-secret");
        TextField code = codeField();
        Button confirm = new Button(getTranslation("totp.enrol.confirm"), e -> {
            try {
                showRecoveryCodes(user, secondFactors.confirm(user.id(), code.getValue()));
            } catch (Refusal r) {
                wrongCode(user);
                code.clear();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(qr, secret, code, confirm, logoutButton());
    }

    private void showRecoveryCodes(ZhibanUser user, List<String> codes) {
        removeAll();
        add(new H2(getTranslation("totp.recovery.title")), new Paragraph(getTranslation("totp.recovery.intro")));
        UnorderedList list = new UnorderedList();
        list.setId("recovery-codes");
        codes.forEach(c -> list.add(new ListItem(c)));
        Button done = new Button(getTranslation("totp.recovery.done"), e -> {
            throttle.succeeded(user.id());
            Gates.advance(stages.passed(user, AccountStage.SECOND_FACTOR));
            UI.getCurrent().navigate("");
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(list, done);
    }

    private void wrongCode(ZhibanUser user) {
        String address = VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getRemoteAddr();
        boolean locked = throttle.failed(user.id(), address, clock.instant());
        log.record(user.id(), locked ? LoginLog.Outcome.LOCKED : LoginLog.Outcome.SECOND_FACTOR_FAILURE, address,
                LoginLog.Channel.TOTP, clock.instant());
        if (locked) {
            authentication.logout();
            return;
        }
        Notification.show(getTranslation("totp.wrong"), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private TextField codeField() {
        TextField code = new TextField(getTranslation("totp.code"));
        code.setId("totp-code");
        code.setMaxLength(12);
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        return code;
    }

    private Button logoutButton() {
        Button logout = new Button(getTranslation("app.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return logout;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("totp.title");
    }
}
