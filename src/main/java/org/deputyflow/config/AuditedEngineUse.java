package org.deputyflow.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.deputyflow.audit.AuditTrail;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every call of the engine's REST API and of the Camunda webapps' API is a line of the audit trail:
 * who, the method and path, and the status it was answered with (a refused call too). The webapps'
 * static files are not: they say nothing about the engine.
 */
final class AuditedEngineUse extends OncePerRequestFilter {

    private final RequestMatcher engine;
    private final AuditTrail audit;

    AuditedEngineUse(RequestMatcher engine, AuditTrail audit) {
        this.engine = engine;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !engine.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("method", request.getMethod());
            details.put("path", request.getRequestURI());
            details.put("status", response.getStatus());
            int status = response.getStatus();
            String outcome = status == 401 || status == 403
                    ? AuditTrail.DENIED
                    : status >= 400 ? AuditTrail.FAILURE : AuditTrail.SUCCESS;
            audit.record("engine.call", "engine", null, outcome, details);
        }
    }
}
