package org.zhiban.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * 登录阶段: how far a logged-in person has come. Only {@link #READY} carries the roles; a session that still owes
 * its second factor or a new password has one stage authority and nothing else, so no role check, no view and no
 * API call (except the gate's own) can be reached on a password alone.
 */
public enum AccountStage {
    /** The password was right; the TOTP code (or the enrolment of an authenticator) is still owed. */
    SECOND_FACTOR,
    /** Logged in fully, but the password must be changed first (reset, first login, or older than the policy allows). */
    PASSWORD_CHANGE,
    /** Logged in with every factor and a valid password: the roles apply. */
    READY;

    /** The authority that marks a finished login; {@link CurrentUser#get()} insists on it. */
    public static final String READY_AUTHORITY = "STAGE_READY";

    public String authority() {
        return "STAGE_" + name();
    }

    public List<GrantedAuthority> authorities(ZhibanUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(authority()));
        if (this == READY) {
            user.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        }
        return authorities;
    }

    public static AccountStage of(Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        for (AccountStage stage : values()) {
            String wanted = stage.authority();
            if (authentication.getAuthorities().stream().anyMatch(a -> wanted.equals(a.getAuthority()))) {
                return stage;
            }
        }
        return null;
    }
}
