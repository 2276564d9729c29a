package org.deputyflow.directory;

/**
 * A user was deactivated (or saved as inactive) by an admin. Published inside the admin's
 * transaction, so that whatever a listener withdraws is withdrawn together with the account.
 */
public record UserDeactivated(long userId, String login) {}
