package org.deputyflow.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.deputyflow.directory.AccountState;
import org.deputyflow.directory.CurrentUser;
import org.deputyflow.directory.DirectoryService;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the account of a session on every request against the directory, so that it holds on every
 * node sharing sessions: a session whose account was deactivated, or whose security stamp moved on
 * (roles, department or deputy changed, password reset or changed elsewhere), ends here and the
 * request goes on anonymous (401 for the API, the sign-in page for pages). An account whose password
 * an admin set may only change it: pages send it to {@code /account}, the API answers 403.
 */
final class AccountStateFilter extends OncePerRequestFilter {

    private final DirectoryService directory;
    private final RequestMatcher api;
    private final ProblemSecurityHandlers problems;
    private final RequestMatcher allowedBeforeChange;

    AccountStateFilter(DirectoryService directory, RequestMatcher api, ProblemSecurityHandlers problems) {
        this.directory = directory;
        this.api = api;
        this.problems = problems;
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        this.allowedBeforeChange = new OrRequestMatcher(
                path.matcher("/account"),
                path.matcher("/account/**"),
                path.matcher("/logout"),
                path.matcher(HttpMethod.GET, "/api/me"),
                path.matcher(HttpMethod.PUT, "/api/me/password"),
                publicPaths(path));
    }

    private static RequestMatcher publicPaths(PathPatternRequestMatcher.Builder path) {
        return new OrRequestMatcher(java.util.Arrays.stream(SecurityConfig.PUBLIC_PATHS)
                .map(pattern -> (RequestMatcher) path.matcher(pattern))
                .toList());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            boolean passwordMustChange;
            if (fromSession(request, authentication)) {
                Optional<AccountState> state = directory.accountState(user.id());
                if (state.isEmpty() || state.get().endsSessionOf(user)) {
                    end(request);
                    chain.doFilter(request, response);
                    return;
                }
                passwordMustChange = state.get().passwordMustChange();
            } else {
                // HTTP Basic and a bearer token read the account in this very request: no second read
                passwordMustChange = user.passwordMustChange();
            }
            if (passwordMustChange && !allowedBeforeChange.matches(request)) {
                if (api.matches(request)) {
                    problems.passwordMustChange(request, response);
                } else {
                    response.sendRedirect(request.getContextPath() + "/account");
                }
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The request's sign-in came from its session (and may be stale), not from its own credentials. */
    private static boolean fromSession(HttpServletRequest request, Authentication authentication) {
        HttpSession session = request.getSession(false);
        return session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext stored
                && stored.getAuthentication() == authentication;
    }

    private static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContext anonymous = SecurityContextHolder.createEmptyContext();
        anonymous.setAuthentication(new AnonymousAuthenticationToken(
                "session-ended", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(anonymous);
    }
}
