/**
 * The audit trail: an append-only, hash-chained record of sign-ins, changes, exports and engine use,
 * read and exported by the auditor (AUDITOR) only. Other modules write through {@link org.deputyflow.audit.AuditTrail};
 * this module depends on none of them.
 */
package org.deputyflow.audit;
