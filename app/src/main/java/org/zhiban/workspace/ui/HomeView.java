package org.zhiban.workspace.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.audit.ui.AuditView;
import org.zhiban.inbox.ui.InboxView;
import org.zhiban.knowledge.ui.KnowledgeAdminView;

/** 首页: case staff go straight to their inbox, auditors to the audit trail, the system administrator to the knowledge base administration; others see where their work is. */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver {

    public HomeView() {
        ZhibanUser user = CurrentUser.get();
        add(new H2(getTranslation("home.welcome", user.displayName())), new Paragraph(getTranslation("home.hint")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ZhibanUser user = CurrentUser.get();
        if (user.isCaseStaff()) {
            event.forwardTo(InboxView.class);
        } else if (user.has(Role.AUDITOR) || user.has(Role.AUDITADMIN)) {
            event.forwardTo(AuditView.class);
        } else if (user.has(Role.SYSADMIN)) {
            event.forwardTo(KnowledgeAdminView.class);
        }
    }
}
