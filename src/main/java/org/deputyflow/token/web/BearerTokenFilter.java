package org.deputyflow.token.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.deputyflow.shared.Text;
import org.deputyflow.shared.web.Problems;
import org.deputyflow.token.ApiTokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a call to {@code /api/**} that carries {@code Authorization: Bearer <token>}, for this
 * request only (no session). Any other path ignores the header, so a token never opens a page, the
 * engine's REST API or its webapps. A token that does not check out is answered with 401 at once.
 * Not a bean: Spring Boot would register a filter bean for every request outside the security chain.
 */
public final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";
    private static final RequestMatcher API =
            PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    private final ApiTokens tokens;
    private final Problems problems;
    private final HttpMessageConverter<Object> json;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new RequestAttributeSecurityContextRepository();

    public BearerTokenFilter(ApiTokens tokens, Problems problems, HttpMessageConverter<Object> json) {
        this.tokens = tokens;
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return bearer(request) == null || !API.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<ApiTokens.TokenUser> signedIn = tokens.authenticate(bearer(request));
        if (signedIn.isEmpty()) {
            contexts.clearContext();
            refuse(request, response);
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(
                new ApiTokenAuthentication(signedIn.get().user(), signedIn.get().tokenId()));
        contexts.setContext(context);
        repository.saveContext(context, request, response);
        chain.doFilter(request, response);
    }

    private static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        return header.substring(SCHEME.length()).strip();
    }

    /** The same for every refusal: it does not say why a token failed. */
    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = problems.of(HttpStatus.UNAUTHORIZED, Text.of("error.token.refused"), request);
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader("WWW-Authenticate", "Bearer realm=\"DeputyFlow\", error=\"invalid_token\"");
        json.write(problem, MediaType.APPLICATION_PROBLEM_JSON, new ServletServerHttpResponse(response));
    }
}
