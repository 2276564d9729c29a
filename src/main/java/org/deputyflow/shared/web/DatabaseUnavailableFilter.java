package org.deputyflow.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The outermost filter: a request that failed because the database is unreachable, wherever it failed
 * (reading the session, the account check, a controller, saving the session), is answered 503 — problem
 * JSON for the API, the "service unavailable" page for a browser — instead of a 500 or a hang.
 */
public final class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ObjectMapper json;
    private final ITemplateEngine templates;
    private final LocaleResolver locales;
    private final Problems problems;

    public DatabaseUnavailableFilter(
            ObjectMapper json, ITemplateEngine templates, LocaleResolver locales, Problems problems) {
        this.json = json;
        this.templates = templates;
        this.locales = locales;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn(
                    "Database unreachable, answered 503 to {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.toString());
            unavailable(request, response);
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (wantsJson(request)) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            ProblemDetail problem = problems.of(HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.TEXT, request);
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
            json.writeValue(response.getOutputStream(), problem);
        } else {
            Locale locale = locales.resolveLocale(request);
            Context page = new Context(
                    locale,
                    Map.of(
                            "home",
                            request.getContextPath() + "/",
                            "css",
                            request.getContextPath() + "/css/deputyflow.css",
                            "lang",
                            locale.toLanguageTag()));
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(templates.process("unavailable", page));
        }
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return path.startsWith("/api/")
                || path.startsWith("/engine-rest/")
                || path.startsWith("/actuator/")
                || path.startsWith("/camunda/api/")
                || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }
}
