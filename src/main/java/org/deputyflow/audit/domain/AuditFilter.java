package org.deputyflow.audit.domain;

import java.time.Instant;

/** What the auditor narrows the trail to; every field is optional. {@code to} is exclusive. */
public record AuditFilter(Instant from, Instant to, String actor, String action, String recordType, String recordId) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);
}
