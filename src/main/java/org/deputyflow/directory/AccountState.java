package org.deputyflow.directory;

/**
 * An account as a signed-in session is checked against on every request: a session ends when the
 * account is inactive or its stamp has moved on since the session signed in.
 */
public record AccountState(boolean active, int securityStamp, boolean passwordMustChange) {

    public boolean endsSessionOf(CurrentUser user) {
        return !active || securityStamp != user.securityStamp();
    }
}
