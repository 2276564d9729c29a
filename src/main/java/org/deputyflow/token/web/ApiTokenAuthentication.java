package org.deputyflow.token.web;

import org.deputyflow.directory.CurrentUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A call signed in with a personal API token: the token's user, and which token it was. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final CurrentUser user;
    private final long tokenId;

    ApiTokenAuthentication(CurrentUser user, long tokenId) {
        super(user.getAuthorities());
        this.user = user;
        this.tokenId = tokenId;
        super.setAuthenticated(true);
    }

    @Override
    public CurrentUser getPrincipal() {
        return user;
    }

    /** The secret is never kept after the check. */
    @Override
    public Object getCredentials() {
        return null;
    }

    long tokenId() {
        return tokenId;
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("only the token check authenticates a token");
        }
        super.setAuthenticated(false);
    }
}
