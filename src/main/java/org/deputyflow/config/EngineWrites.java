package org.deputyflow.config;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The requests through which the engine's own surfaces would change the engine: every write to
 * {@code /engine-rest}, and every write through the webapps' API under {@code /camunda/api}.
 * An admin completing a task, deleting an instance or editing a variable there would go around the
 * domain's rules and leave our records behind; those actions exist in DeputyFlow itself. Cockpit
 * stays readable: it asks some of its queries by POST, and those (a collection's query, its
 * {@code count}, a history query, Cockpit's own query plugins, the webapps' sign-out) are not writes.
 * The webapps' own password sign-in and the engine's {@code identity/verify} are refused too: they
 * would check passwords outside DeputyFlow's sign-in.
 */
final class EngineWrites implements RequestMatcher {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** Collections of the engine's REST API whose POST is a query with a body. */
    private static final String QUERIED = "process-instance|task|execution|job|variable-instance|external-task"
            + "|case-instance|case-execution|incident|process-definition|deployment|event-subscription";

    private static final Pattern WEBAPP_QUERY =
            Pattern.compile("/camunda/api/engine/engine/[^/]+/(?:(?:" + QUERIED + ")(?:/count)?"
                    + "|history/(?!cleanup)[^/]+(?:/count)?"
                    + "|filter/[^/]+/(?:list|count))"
                    + "|/camunda/api/cockpit/plugin/[^/]+/[^/]+/.*"
                    + "|/camunda/api/admin/auth/user/[^/]+/logout");

    @Override
    public boolean matches(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/engine-rest/") || path.equals("/engine-rest")) {
            return true;
        }
        return path.startsWith("/camunda/api/")
                && !(request.getMethod().equals("POST")
                        && WEBAPP_QUERY.matcher(path).matches());
    }
}
