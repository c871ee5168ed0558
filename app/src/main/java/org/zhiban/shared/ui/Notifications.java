package org.zhiban.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponseException;
import org.zhiban.shared.Refusal;

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
        } catch (Refusal r) {
            error(text(r));
        } catch (org.zhiban.integrations.upload.UploadRefusedException e) {
            com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
            error(ui == null ? e.getMessage() : translate(ui, e.messageKey(), e.getMessage(), e.arguments()));
        } catch (ErrorResponseException e) {
            error(e.getBody().getDetail());
        } catch (IllegalArgumentException | AccessDeniedException e) {
            error(e.getMessage());
        }
        return false;
    }

    /** What a refusal of any kind says, in the user's language; other exceptions by their message. */
    public static String describe(RuntimeException e) {
        if (e instanceof Refusal r) {
            return text(r);
        }
        if (e instanceof org.zhiban.integrations.upload.UploadRefusedException u) {
            com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
            return ui == null ? u.getMessage() : translate(ui, u.messageKey(), u.getMessage(), u.arguments());
        }
        return e instanceof ErrorResponseException problem ? problem.getBody().getDetail() : e.getMessage();
    }

    /** A refusal in the user's language, each field problem with its field's label. */
    static String text(Refusal r) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        if (ui == null) {
            return r.getMessage();
        }
        StringBuilder text = new StringBuilder(translate(ui, r.messageKey(), r.getMessage(), r.args()));
        for (Refusal.FieldProblem p : r.fieldProblems()) {
            text.append('\n').append(translate(ui, "field." + p.field(), p.field(), java.util.List.of())).append("：")
                    .append(translate(ui, p.messageKey(), p.message(), p.args()));
        }
        return text.toString();
    }

    private static String translate(com.vaadin.flow.component.UI ui, String key, String fallback, java.util.List<Object> args) {
        String text = ui.getTranslation(key, args.toArray());
        // Vaadin answers a missing key with "!{key}!"; the refusal's own message is better than that.
        return text == null || text.startsWith("!{") ? fallback : text;
    }
}
