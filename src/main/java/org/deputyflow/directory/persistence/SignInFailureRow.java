package org.deputyflow.directory.persistence;

import java.time.Instant;

/** Failed passwords in a row for one login as typed; {@code lockedUntil} is set once they lock it. */
public record SignInFailureRow(String login, int failures, Instant lastFailureAt, Instant lockedUntil) {}
