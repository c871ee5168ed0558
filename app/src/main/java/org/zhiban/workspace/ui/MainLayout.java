package org.zhiban.workspace.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.zhiban.audit.ui.AuditView;
import org.zhiban.document.ui.NewDocumentView;
import org.zhiban.identity.CurrentUser;
import org.zhiban.identity.Role;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.inbox.ui.InboxView;
import org.zhiban.knowledge.ui.KnowledgeAdminView;
import org.zhiban.knowledge.ui.KnowledgeSearchView;
import org.zhiban.knowledge.ui.PolicyAskView;
import org.zhiban.knowledge.ui.RetrievalTestView;

/** The frame around every view: the side navigation (only what the user's roles may open) and who is logged in. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        ZhibanUser user = CurrentUser.get();
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("app-brand");
        String department = user.departmentName() == null ? getTranslation("app.department.none")
                : user.departmentName();
        Span who = new Span(user.displayName() + " · " + department);
        who.addClassName("app-user");
        Button logout = new Button(getTranslation("app.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, who, logout);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(who);
        who.getStyle().set("text-align", "right");
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);
        addToDrawer(navigation(user));
        setPrimarySection(Section.DRAWER);
    }

    private SideNav navigation(ZhibanUser user) {
        SideNav nav = new SideNav();
        boolean staff = user.has(Role.OFFICER) || user.has(Role.REVIEWER) || user.has(Role.LEADER);
        if (staff) {
            nav.addItem(new SideNavItem(getTranslation("nav.inbox"), InboxView.class, VaadinIcon.INBOX.create()));
        }
        if (user.has(Role.OFFICER)) {
            nav.addItem(new SideNavItem(getTranslation("nav.newDocument"), NewDocumentView.class,
                    VaadinIcon.FILE_ADD.create()));
        }
        if (user.has(Role.AUDITOR) || user.has(Role.AUDITADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), AuditView.class, VaadinIcon.SHIELD.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.kb.search"), KnowledgeSearchView.class, VaadinIcon.BOOK.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.kb.ask"), PolicyAskView.class, VaadinIcon.QUESTION_CIRCLE.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.kb.retrieval"), RetrievalTestView.class,
                VaadinIcon.SEARCH.create()));
        if (user.has(Role.SYSADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.kb.admin"), KnowledgeAdminView.class,
                    VaadinIcon.COG.create()));
        }
        return nav;
    }
}
