package org.zhiban.identity.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhiban.identity.AccountStage;

/**
 * Keeps a session that is not fully logged in on its gate: owing the second factor, it sees only that page;
 * owing a new password, only the password page. Runs before any view (and its layout) is made.
 */
@Component
class LoginGate implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(LoginGate::keepOnGate));
    }

    static void keepOnGate(BeforeEnterEvent event) {
        AccountStage stage = AccountStage.of(SecurityContextHolder.getContext().getAuthentication());
        Class<?> target = event.getNavigationTarget();
        if (stage == AccountStage.SECOND_FACTOR && target != SecondFactorView.class && target != LoginView.class) {
            event.rerouteTo(SecondFactorView.class);
        } else if (stage == AccountStage.PASSWORD_CHANGE && target != PasswordChangeView.class
                && target != LoginView.class) {
            event.rerouteTo(PasswordChangeView.class);
        }
    }
}
