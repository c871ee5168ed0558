package org.zhiban.identity;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the {@link ZhibanUser} of the current request or UI session. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static ZhibanUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ZhibanUser user) {
            return user;
        }
        throw new AccessDeniedException("not authenticated");
    }
}
