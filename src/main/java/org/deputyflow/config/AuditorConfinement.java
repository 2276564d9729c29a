package org.deputyflow.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.deputyflow.directory.domain.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Separation of duties (三员分立): a signed-in auditor reaches the audit trail, their own account and the
 * home redirect, the public pages and the API's documentation, and nothing else. Every other handler refuses an auditor as its own access check would
 * (the error page for pages, problem JSON for the API); the engine's servlets are the admin's anyway.
 */
final class AuditorConfinement implements RequestMatcher, HandlerInterceptor {

    private final RequestMatcher auditorPaths;

    AuditorConfinement() {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        this.auditorPaths = new OrRequestMatcher(
                path.matcher("/"),
                path.matcher("/audit"),
                path.matcher("/audit/**"),
                path.matcher("/api/audit/**"),
                path.matcher("/account"),
                path.matcher("/account/**"),
                path.matcher("/api/me"),
                path.matcher("/api/me/**"),
                path.matcher("/logout"),
                // what everyone may read, and the API's documentation, which shows no data
                new OrRequestMatcher(java.util.Arrays.stream(SecurityConfig.PUBLIC_PATHS)
                        .map(path::matcher)
                        .map(RequestMatcher.class::cast)
                        .toList()),
                path.matcher("/v3/api-docs"),
                path.matcher("/v3/api-docs.yaml"),
                path.matcher("/v3/api-docs/**"),
                path.matcher("/swagger-ui.html"));
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null
                && who.isAuthenticated()
                && who.getAuthorities().stream()
                        .anyMatch(a -> Role.AUDITOR.authority().equals(a.getAuthority()))
                && !auditorPaths.matches(request);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (matches(request)) {
            throw new AccessDeniedException("the auditor reads the audit trail only");
        }
        return true;
    }
}
