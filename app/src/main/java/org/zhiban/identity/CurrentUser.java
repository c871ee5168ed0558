package org.zhiban.identity;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the {@link ZhibanUser} of the current request or UI session. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The user of a finished login ({@link AccountStage#READY}); a session still at its login gate is refused. */
    public static ZhibanUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (AccountStage.of(authentication) == AccountStage.READY
                && authentication.getPrincipal() instanceof ZhibanUser user) {
            return user;
        }
        throw new AccessDeniedException("not authenticated");
    }

    /** The user at any stage of logging in, for the login gate's own pages (second factor, new password). */
    public static java.util.Optional<ZhibanUser> atAnyStage() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof ZhibanUser user) {
            return java.util.Optional.of(user);
        }
        return java.util.Optional.empty();
    }
}
