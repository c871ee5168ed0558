package org.zhiban.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponseException;

/** Notifications, and the one place a refused action turns into a message the user can read. */
public final class Notifications {

    private static final int DURATION_MS = 4000;

    private Notifications() {
    }

    public static void success(String text) {
        Notification.show(text, DURATION_MS, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification n = Notification.show(text, DURATION_MS * 2, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Runs an action; a refusal (bad input, not allowed, conflict) becomes an error notification, nothing else. */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (ErrorResponseException e) {
            error(e.getBody().getDetail());
        } catch (IllegalArgumentException | AccessDeniedException e) {
            error(e.getMessage());
        }
        return false;
    }
}
