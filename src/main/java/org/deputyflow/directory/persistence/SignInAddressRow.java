package org.deputyflow.directory.persistence;

import java.time.Instant;

/** Failed sign-ins from one client address since {@code windowStart}. */
public record SignInAddressRow(String address, int failures, Instant windowStart) {}
