package org.deputyflow.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.deputyflow.directory.CurrentUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * After the user changed their own password, their stamp has moved on and every session of theirs
 * would end: the session they changed it in carries on with the account as it is now, under a new
 * session id. A caller without a signed-in session (HTTP Basic) has nothing to carry on.
 */
final class SignedInSession {

    private static final HttpSessionSecurityContextRepository REPOSITORY = new HttpSessionSecurityContextRepository();

    private SignedInSession() {}

    static void carryOn(CurrentUser account, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session == null
                || session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) == null) {
            return;
        }
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        UsernamePasswordAuthenticationToken now =
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities());
        now.setDetails(before == null ? null : before.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(now);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        REPOSITORY.saveContext(context, request, response);
    }
}
