package org.deputyflow.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.deputyflow.directory.SignInRefusedException;
import org.deputyflow.shared.Text;
import org.deputyflow.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401, 403 and 429 of the JSON API as {@code application/problem+json}. A locked login and a refused
 * address say so; neither says whether the password was right. The 401 sends no
 * {@code WWW-Authenticate: Basic} challenge: a browser would show its password box and then resend
 * the credentials on every request to this site, forged cross-site ones included. Scripts send
 * their credentials unasked.
 */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper objectMapper;
    private final Problems problems;

    ProblemSecurityHandlers(ObjectMapper objectMapper, Problems problems) {
        this.objectMapper = objectMapper;
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInRefusedException refused) {
            response.setHeader("Retry-After", String.valueOf(refused.retryAfterSeconds()));
            write(
                    request,
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    Text.of("error.signIn.refused", refused.retryAfterSeconds()));
            return;
        }
        if (e instanceof LockedException) {
            write(request, response, HttpStatus.UNAUTHORIZED, Text.of("error.signIn.locked"));
            return;
        }
        write(request, response, HttpStatus.UNAUTHORIZED, Text.of("error.signIn.required"));
    }

    /** An admin set the password: only changing it is allowed. */
    void passwordMustChange(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, Text.of("error.password.mustChange"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, Text.of("error.roleForbiddenResource"));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Text detail)
            throws IOException {
        ProblemDetail problem = problems.of(status, detail, request);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
