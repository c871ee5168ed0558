package org.zhiban.identity.token;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhiban.identity.AccountStage;
import org.zhiban.identity.ZhibanUser;
import org.zhiban.shared.web.ProblemResponses;

/**
 * {@code Authorization: Bearer zbt_…} on the API. A bad token is a 401 at once (no fallback to another method);
 * a {@code read} token asking to change something is a 403. Nothing is kept in a session.
 */
public class ApiTokenFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** The authentication of a token request: the service account, its roles, and the token's scopes. */
    public static final class TokenAuthentication extends AbstractAuthenticationToken {
        private final ZhibanUser account;
        private final String tokenId;

        TokenAuthentication(ApiTokens.Verified verified) {
            super(authorities(verified));
            this.account = verified.account();
            this.tokenId = verified.tokenId();
            setAuthenticated(true);
        }

        private static List<GrantedAuthority> authorities(ApiTokens.Verified verified) {
            List<GrantedAuthority> authorities = new ArrayList<>(AccountStage.READY.authorities(verified.account()));
            verified.scopes().forEach(s -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + s)));
            return authorities;
        }

        public String tokenId() {
            return tokenId;
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return account;
        }
    }

    private final ApiTokens tokens;

    public ApiTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var verified = tokens.verify(header.substring(7).strip());
        if (verified.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            ProblemResponses.send(request, response, HttpStatus.UNAUTHORIZED, "auth.token.invalid",
                    "令牌无效、已过期或已吊销 / the token is invalid, expired or revoked");
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !verified.get().scopes().contains(ApiTokens.ACT)) {
            ProblemResponses.send(request, response, HttpStatus.FORBIDDEN, "auth.token.scope",
                    "此令牌只能读取，不能办理 / this token may only read");
            return;
        }
        // the strategy in force now (Vaadin installs its own at start-up), not the one when this filter was made
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(verified.get()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
