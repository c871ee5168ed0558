package org.zhiban.identity.login;

import java.time.Clock;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.zhiban.identity.AccountStage;
import org.zhiban.identity.AccountStates;
import org.zhiban.identity.Directory;
import org.zhiban.identity.SecurityPolicies;
import org.zhiban.identity.ZhibanUser;

/** The way from a right password to a finished login: second factor, then a new password if one is due. */
@Service
public class LoginStages {

    private final Directory directory;
    private final AccountStates states;
    private final SecurityPolicies policies;
    private final Clock clock;

    LoginStages(Directory directory, AccountStates states, SecurityPolicies policies, Clock clock) {
        this.directory = directory;
        this.states = states;
        this.policies = policies;
        this.clock = clock;
    }

    /** The authentication once the stage the user was at is done (directory entry read afresh). */
    public Authentication passed(ZhibanUser user, AccountStage done) {
        ZhibanUser fresh = directory.find(user.id()).orElse(user);
        AccountStage next = done == AccountStage.SECOND_FACTOR
                && states.of(user.id()).passwordChangeDue(policies.current(), clock.instant())
                ? AccountStage.PASSWORD_CHANGE : AccountStage.READY;
        return UsernamePasswordAuthenticationToken.authenticated(fresh, null, next.authorities(fresh));
    }
}
