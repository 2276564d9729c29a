package org.deputyflow.config;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The requests that may skip CSRF: a script's call that carries its own credentials (any
 * {@code Authorization} scheme, Basic or Bearer) and no session. A browser is never one of them:
 * a page always has a session cookie, and a forged cross-site request from that browser carries it
 * even when the browser also resends cached credentials on its own.
 */
final class OwnCredentialsWithoutSession implements RequestMatcher {

    @Override
    public boolean matches(HttpServletRequest request) {
        return request.getHeader("Authorization") != null
                && request.getRequestedSessionId() == null
                && request.getSession(false) == null;
    }
}
