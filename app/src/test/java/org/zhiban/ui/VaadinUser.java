package org.zhiban.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhiban.identity.Directory;
import org.zhiban.identity.ZhibanUser;

/**
 * Karibu-Testing's browserless Vaadin, logged in as a demo user: Spring Security's context and the fake request's
 * principal and roles are both set, so views and {@code @RolesAllowed} checks see the same user.
 */
public final class VaadinUser {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.zhiban");

    private VaadinUser() {
    }

    public static ZhibanUser login(ApplicationContext context, String userId) {
        ZhibanUser user = context.getBean(Directory.class).find(userId).orElseThrow();
        var authorities = org.zhiban.identity.AccountStage.READY.authorities(user);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        SecurityContextHolder.getContext().setAuthentication(authentication);
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        // The product is Chinese first; the JVM running the tests may not be.
        UI.getCurrent().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authorities.stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        return user;
    }

    public static void logout() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
