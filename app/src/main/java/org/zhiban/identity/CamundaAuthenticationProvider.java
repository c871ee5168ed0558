package org.zhiban.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against Camunda's identity tables. Camunda's {@code checkPassword} also throttles
 * failed logins (growing delay, then lock) — see {@code EngineHardening}.
 */
@Component
class CamundaAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;
    private final Directory directory;

    CamundaAuthenticationProvider(IdentityService identityService, Directory directory) {
        this.identityService = identityService;
        this.directory = directory;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null
                || !identityService.checkPassword(userId, credentials.toString())) {
            // One message for unknown user, wrong password and locked account: no account enumeration.
            throw new BadCredentialsException("Bad credentials");
        }
        ZhibanUser user = directory.find(userId).orElseThrow(() -> new BadCredentialsException("Bad credentials"));
        List<SimpleGrantedAuthority> authorities =
                user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
