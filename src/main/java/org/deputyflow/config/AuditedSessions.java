package org.deputyflow.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.deputyflow.audit.AuditTrail;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in, sign-out and session expiry as lines of the audit trail. Expiry is noticed when a request
 * comes back with a session id that is no longer valid, which works alike for the servlet container's
 * sessions and for sessions kept in the database (which announce no expiry); a sign-out invalidates
 * its session and clears the session cookie, so that it is not taken for an expiry. Requests for static
 * files are not looked at: a page's many files would each tell of the same expiry.
 */
final class AuditedSessions {

    private AuditedSessions() {}

    /** Form sign-ins that succeed; failed ones are written where the password is checked. */
    static AuthenticationSuccessHandler signedIn(AuditTrail audit) {
        SavedRequestAwareAuthenticationSuccessHandler home = new SavedRequestAwareAuthenticationSuccessHandler();
        home.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            audit.recordSession(
                    "sign-in", authentication.getName(), AuditTrail.roles(authentication), AuditTrail.SUCCESS, null);
            home.onAuthenticationSuccess(request, response, authentication);
        };
    }

    static LogoutHandler signedOut(AuditTrail audit) {
        return (request, response, authentication) -> {
            if (authentication != null) {
                audit.recordSession(
                        "sign-out",
                        authentication.getName(),
                        AuditTrail.roles(authentication),
                        AuditTrail.SUCCESS,
                        null);
            }
        };
    }

    /** A request for a page or the API that names a session which has ended. */
    static final class Expiry extends OncePerRequestFilter {

        private final AuditTrail audit;
        private final RequestMatcher staticFiles;

        Expiry(AuditTrail audit, RequestMatcher staticFiles) {
            this.audit = audit;
            this.staticFiles = staticFiles;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return staticFiles.matches(request);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
                audit.recordSession("session.expired", null, null, AuditTrail.SUCCESS, null);
            }
            chain.doFilter(request, response);
        }
    }
}
