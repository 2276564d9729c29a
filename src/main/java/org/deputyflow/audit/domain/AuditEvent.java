package org.deputyflow.audit.domain;

import java.time.Instant;

/**
 * One line of the audit trail as stored: who did what to which record, how it ended, and the chain's
 * hashes. {@code occurredAt} is to the second, the precision every database keeps.
 */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String actorLogin,
        String actorRoles,
        String clientAddress,
        String userAgent,
        String action,
        String recordType,
        String recordId,
        String outcome,
        String details,
        String prevHash,
        String rowHash) {

    /** The hash this row must carry: its content and the hash of the row before it. */
    public String expectedHash() {
        return AuditChain.hash(this, prevHash);
    }
}
